package io.netaudit.scan;

import java.util.concurrent.locks.LockSupport;

/**
 * Token bucket for outgoing packets. Tokens accrue at the configured rate; the bucket holds at most
 * 10 ms worth (at least one token) so an idle phase cannot turn into a burst. Only the sending
 * thread calls it, except {@link #behind}, which any thread may read.
 */
final class Pacer {
  /**
   * Tokens left over when one is taken that mean the sender is not keeping up with the rate: 1 ms
   * worth, at least 8 packets.
   */
  private final double behindTokens;

  /** Whether the last token was taken with {@link #behindTokens} more waiting. */
  private volatile boolean behind;

  private final double tokensPerNano;
  private final double capacity;
  private final Ticker ticker;
  private double tokens;
  private long last;

  Pacer(double ratePerSecond, Ticker ticker) {
    this.tokensPerNano = ratePerSecond / 1e9;
    this.capacity = Math.max(1.0, ratePerSecond / 100.0);
    this.behindTokens = Math.max(8.0, ratePerSecond / 1000.0);
    this.ticker = ticker;
    this.last = ticker.nanos();
    this.tokens = 1.0;
  }

  /** Blocks until one packet may be sent. */
  void acquire() {
    while (!tryAcquire()) {
      LockSupport.parkNanos(Math.max(20_000L, Math.min(nanosUntilNextToken(), 5_000_000L)));
    }
  }

  /** Takes a token if one is there. */
  boolean tryAcquire() {
    long now = ticker.nanos();
    tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
    last = now;
    if (tokens >= 1.0) {
      tokens -= 1.0;
      boolean late = tokens >= behindTokens;
      if (late != behind) {
        behind = late;
      }
      return true;
    }
    if (behind) {
      behind = false;
    }
    return false;
  }

  /** The sending thread has nothing to send for now: it is not behind. */
  void idle() {
    if (behind) {
      behind = false;
    }
  }

  /**
   * True while the sending thread falls behind the rate (the CPU, not the rate, limits it): then
   * work that can wait, like judging results, should leave it the processor.
   */
  boolean behind() {
    return behind;
  }

  /** How long until the next token, as of the last reading (0 when one is there). */
  long nanosUntilNextToken() {
    return tokens >= 1.0 ? 0 : (long) Math.ceil((1.0 - tokens) / tokensPerNano);
  }
}
