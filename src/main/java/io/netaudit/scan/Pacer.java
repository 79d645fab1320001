package io.netaudit.scan;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Token bucket for outgoing packets. Tokens accrue at the configured rate; the bucket holds at most
 * 10 ms worth (at least one token) so an idle phase cannot turn into a burst. Only the sending
 * thread calls it.
 */
final class Pacer {
  private final double tokensPerNano;
  private final double capacity;
  private final LongSupplier nanoClock;
  private double tokens;
  private long last;

  Pacer(double ratePerSecond, LongSupplier nanoClock) {
    this.tokensPerNano = ratePerSecond / 1e9;
    this.capacity = Math.max(1.0, ratePerSecond / 100.0);
    this.nanoClock = nanoClock;
    this.last = nanoClock.getAsLong();
    this.tokens = 1.0;
  }

  /** Blocks until one packet may be sent. */
  void acquire() {
    while (!tryAcquire()) {
      double missing = 1.0 - tokens;
      long waitNanos = (long) Math.ceil(missing / tokensPerNano);
      LockSupport.parkNanos(Math.max(20_000L, Math.min(waitNanos, 5_000_000L)));
    }
  }

  boolean tryAcquire() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
    last = now;
    if (tokens >= 1.0) {
      tokens -= 1.0;
      return true;
    }
    return false;
  }
}
