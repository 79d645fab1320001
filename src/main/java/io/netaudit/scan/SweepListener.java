package io.netaudit.scan;

/**
 * Live progress of a sweep, for a display. Called on the sweep's sending thread, once per target
 * taken from the iterator and after each send with the packets it put on the wire (engine discovery
 * and retries included). Implementations must be cheap and must not block: no locks, no I/O; bump a
 * counter (e.g. a LongAdder) that another thread reads.
 */
public interface SweepListener {
  /** Does nothing. */
  SweepListener NONE = new SweepListener() {};

  /** One more target was taken from the iterator and started. */
  default void onIssued() {}

  /** {@code packets} more datagrams were sent (at least 1). */
  default void onPacketsSent(int packets) {}
}
