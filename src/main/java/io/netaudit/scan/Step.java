package io.netaudit.scan;

import io.netaudit.snmp.ProbeResult;

/** What a probe does after an event: send another request, or finish with a result. */
final class Step {
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
