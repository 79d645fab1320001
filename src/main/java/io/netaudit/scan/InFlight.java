package io.netaudit.scan;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request on its way: the probe that asked, and what it asked. {@link #settle()} lets only its
 * first outcome through: SNMP4J can report both the reply and the timeout of one request when they
 * race (its timer does not check that the reply was received), and a walk that got both would send
 * two requests at once and see its own earlier rows again.
 */
record InFlight(DeviceProbe probe, Request request, AtomicBoolean settled) {
  InFlight(DeviceProbe probe, Request request) {
    this(probe, request, new AtomicBoolean());
  }

  /** True the first time only: this outcome is the request's one. */
  boolean settle() {
    return settled.compareAndSet(false, true);
  }
}
