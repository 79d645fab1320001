package io.netaudit.scan;

import java.time.Duration;

/**
 * Counters of one sweep.
 *
 * @param unmatchedReplies decodable replies that answered no outstanding request from the address
 *     asked: duplicates, late replies, wrong request ids, replies from another source
 */
public record SweepStats(
    long targets,
    long packetsSent,
    long datagramsReceived,
    long matchedReplies,
    long unmatchedReplies,
    long undecodableReplies,
    Duration elapsed) {

  public double packetsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : packetsSent / seconds;
  }
}
