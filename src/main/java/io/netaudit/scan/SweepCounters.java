package io.netaudit.scan;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of one sweep, for its {@link SweepStats}. Targets issued and packets sent are
 * counted on the sending thread only; matched replies on whichever thread matched them. Datagram
 * counts come from the session's {@link ReplyWatch}, which outlives a sweep: the sweep's share is
 * the difference from when it started.
 */
final class SweepCounters {
  private final ReplyWatch watch;
  private final Ticker ticker;
  private final long started;
  private final long datagramsBefore;
  private final long decodableBefore;
  private final long undecodableBefore;
  private final AtomicLong matched = new AtomicLong();
  private long issued;
  private long sent;

  SweepCounters(ReplyWatch watch, Ticker ticker) {
    this.watch = watch;
    this.ticker = ticker;
    this.started = ticker.nanos();
    this.datagramsBefore = watch.datagrams();
    this.decodableBefore = watch.decodable();
    this.undecodableBefore = watch.undecodable();
  }

  void issued() {
    issued++;
  }

  void sent() {
    sent++;
  }

  void matched() {
    matched.incrementAndGet();
  }

  long issuedSoFar() {
    return issued;
  }

  long sentSoFar() {
    return sent;
  }

  long millisSinceStart() {
    return (ticker.nanos() - started) / 1_000_000;
  }

  /**
   * The sweep's stats as of now. Every datagram is matched, unmatched (decodable but attributed to
   * no request) or undecodable.
   */
  SweepStats stats(String retryDecision) {
    long matchedReplies = matched.get();
    long decodable = watch.decodable() - decodableBefore;
    return new SweepStats(
        issued,
        sent,
        watch.datagrams() - datagramsBefore,
        matchedReplies,
        Math.max(0, decodable - matchedReplies),
        watch.undecodable() - undecodableBefore,
        Duration.ofNanos(ticker.nanos() - started),
        retryDecision);
  }
}
