package io.netaudit.scan;

import io.netaudit.snmp.ProbeResult;

/**
 * What a probe does after an event: send another request, finish with a result, or wait without a
 * request while its silent result is held ({@link HeldProbes}).
 */
final class Step {
  private static final Step HOLD = new Step(null, null);

  private final Request next;
  private final ProbeResult result;

  private Step(Request next, ProbeResult result) {
    this.next = next;
    this.result = result;
  }

  static Step send(Request next) {
    return new Step(next, null);
  }

  static Step finish(ProbeResult result) {
    return new Step(null, result);
  }

  static Step hold() {
    return HOLD;
  }

  boolean isHeld() {
    return this == HOLD;
  }

  boolean isFinished() {
    return result != null;
  }

  Request next() {
    return next;
  }

  ProbeResult result() {
    return result;
  }
}
