package io.netaudit.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A request on its way: the probe that asked, and what it asked. {@link #settle()} lets only its
 * first outcome through: SNMP4J can report both the reply and the timeout of one request when they
 * race (its timer does not check that the reply was received), and a walk that got both would send
 * two requests at once and see its own earlier rows again. The flag is a field of its own, not an
 * AtomicBoolean: a sweep holds one of these per address in flight.
 */
final class InFlight {
  private static final VarHandle SETTLED;

  static {
    try {
      SETTLED = MethodHandles.lookup().findVarHandle(InFlight.class, "settled", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final DeviceProbe probe;
  private final Request request;

  @SuppressWarnings("unused") // read and written through SETTLED
  private volatile boolean settled;

  InFlight(DeviceProbe probe, Request request) {
    this.probe = probe;
    this.request = request;
  }

  DeviceProbe probe() {
    return probe;
  }

  Request request() {
    return request;
  }

  /** True the first time only: this outcome is the request's one. */
  boolean settle() {
    return SETTLED.compareAndSet(this, false, true);
  }
}
