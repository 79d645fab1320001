package io.netaudit.scan;

import java.time.Duration;
import java.util.Objects;

/**
 * Counters of one sweep.
 *
 * @param unmatchedReplies decodable replies that answered no outstanding request from the address
 *     asked: duplicates, late replies, wrong request ids, replies from another source
 * @param retryDecision what the sweep decided about retries to silent addresses and why ("loss 0.4
 *     %: 1 retry to silent addresses; ..."), for the run's summary; empty when unknown
 */
public record SweepStats(
    long targets,
    long packetsSent,
    long datagramsReceived,
    long matchedReplies,
    long unmatchedReplies,
    long undecodableReplies,
    Duration elapsed,
    String retryDecision) {

  public SweepStats {
    Objects.requireNonNull(retryDecision, "retryDecision");
  }

  /** Counters without a retry decision (a sweep cut short). */
  public SweepStats(
      long targets,
      long packetsSent,
      long datagramsReceived,
      long matchedReplies,
      long unmatchedReplies,
      long undecodableReplies,
      Duration elapsed) {
    this(
        targets,
        packetsSent,
        datagramsReceived,
        matchedReplies,
        unmatchedReplies,
        undecodableReplies,
        elapsed,
        "");
  }

  public double packetsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : packetsSent / seconds;
  }
}
