package io.netaudit.scan;

import java.util.concurrent.locks.LockSupport;

/**
 * Token bucket for outgoing packets. Tokens accrue at the configured rate. After an idle phase
 * ({@link #idle}: nothing to send) the bucket holds at most 10 ms worth (at least one token), so
 * idleness cannot turn into a burst. While the sender is busy but slower than the rate (its code
 * not compiled yet at the start of a sweep, a garbage collection, another thread on its core) it
 * banks up to 100 ms worth, and catches up at its own speed: {@code --rate} then holds as an
 * average, exceeded by at most a tenth within any second. With the 10 ms bucket alone every such
 * stall was lost for good: the first round of the fast /16 (65,536 GETs, 0.66 s at 100,000/s) took
 * 0.75-0.83 s, and 0.66-0.77 s with the catch-up (the sweep's own "all targets issued after" line).
 * Only the sending thread calls it, except {@link #behind}, which any thread may read.
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

  /** The bucket after an idle phase: 10 ms worth, at least one token. */
  private final double capacity;

  /** The bucket while the sender has been busy: 100 ms worth, at least {@link #capacity}. */
  private final double catchUp;

  private final Ticker ticker;
  private double tokens;
  private long last;

  /** Whether the sender has been idle since the last refill (so at first). */
  private boolean idled = true;

  Pacer(double ratePerSecond, Ticker ticker) {
    this.tokensPerNano = ratePerSecond / 1e9;
    this.capacity = Math.max(1.0, ratePerSecond / 100.0);
    this.catchUp = Math.max(capacity, ratePerSecond / 10.0);
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
    tokens = Math.min(idled ? capacity : catchUp, tokens + (now - last) * tokensPerNano);
    idled = false;
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

  /**
   * The sending thread has nothing to send for now: it is not behind, and the time until it has
   * banks at most 10 ms worth.
   */
  void idle() {
    idled = true;
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
