package io.netaudit.scan;

import java.util.concurrent.atomic.LongAdder;

/**
 * The live counts behind {@link RetryEvidence}, fed by the probes from whichever thread delivers
 * their replies and timeouts (the sending thread, SNMP4J's receive and timer threads). Lock-free; a
 * snapshot may be a few events behind, which a decision about the next retry does not mind.
 */
final class LossMeter {
  private final LongAdder requests = new LongAdder();
  private final LongAdder lost = new LongAdder();
  private final LongAdder devicesFound = new LongAdder();
  private final LongAdder v1Checked = new LongAdder();
  private final LongAdder v1Only = new LongAdder();
  private final LongAdder silentRetries = new LongAdder();
  private final LongAdder attemptsToAnswer = new LongAdder();
  private final LongAdder revived = new LongAdder();

  /** A request to a device that had answered: {@code answered}, or it timed out. */
  void request(boolean answered) {
    requests.increment();
    if (!answered) {
      lost.increment();
    }
  }

  /**
   * A device answered the first round at attempt {@code attempt} (1 = the first), after {@code
   * lostBefore} unanswered attempts in a version it speaks; {@code v1Checked}: its address was also
   * to be asked in SNMPv1.
   */
  void found(int attempt, int lostBefore, boolean v1Checked) {
    devicesFound.increment();
    attemptsToAnswer.add(attempt);
    requests.add(lostBefore + 1L);
    lost.add(lostBefore);
    if (v1Checked) {
      this.v1Checked.increment();
    }
  }

  /**
   * What the v2c check of a device that answered SNMPv1 showed: it speaks v2c after all, so its
   * {@code v2cAttempts} unanswered v2c attempts were lost; or it speaks only v1.
   */
  void v2cChecked(boolean speaksV2c, int v2cAttempts) {
    if (speaksV2c) {
      requests.add(v2cAttempts);
      lost.add(v2cAttempts);
    } else {
      v1Only.increment();
    }
  }

  /** A retry went to an address that has not answered. */
  void silentRetry() {
    silentRetries.increment();
  }

  /** A held silent address was asked again in SNMPv1. */
  void revived() {
    revived.increment();
    silentRetries.increment();
  }

  /** Devices found to answer only SNMPv1 so far. */
  long v1OnlyFound() {
    return v1Only.sum();
  }

  RetryEvidence evidence() {
    // Read the parts before the wholes they are checked against, so a concurrent update can only
    // make a snapshot look consistent-but-early, never inconsistent.
    long only = v1Only.sum();
    long checked = Math.max(only, v1Checked.sum());
    long found = Math.max(checked, devicesFound.sum());
    long lostNow = lost.sum();
    long requestsNow = Math.max(lostNow, requests.sum());
    return new RetryEvidence(
        requestsNow,
        lostNow,
        found,
        checked,
        only,
        silentRetries.sum(),
        attemptsToAnswer.sum(),
        revived.sum());
  }
}
