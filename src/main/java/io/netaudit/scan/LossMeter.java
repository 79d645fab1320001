package io.netaudit.scan;

import java.util.concurrent.atomic.LongAdder;

/**
 * The live counts behind {@link RetryEvidence}, fed by the probes from whichever thread delivers
 * their replies and timeouts (the sending thread, SNMP4J's receive and timer threads). Lock-free; a
 * snapshot may be a few events behind, which a decision about the next retry does not mind.
 *
 * <p>A snapshot is taken again only after something changed: the sweep asks for one several times
 * per target (a /16 made 440,000 of them, most identical), and summing eight counters into a new
 * record each time was a fifth of the sending thread's garbage.
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

  /** Set by every change, cleared when a snapshot is taken. */
  private volatile boolean changed = true;

  /** The last snapshot; read and written only with {@link #changed} as above. */
  private volatile RetryEvidence snapshot = RetryEvidence.NONE;

  /** A request to a device that had answered: {@code answered}, or it timed out. */
  void request(boolean answered) {
    requests.increment();
    if (!answered) {
      lost.increment();
    }
    changed = true;
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
    changed = true;
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
    changed = true;
  }

  /**
   * A retry went to an address that has not answered. Only the summary reads this count, no
   * decision: the decisions' snapshot stays (a new one per retry was 63,000 records and half a
   * million counter reads on the sending thread of a /16); {@link #counted} has it.
   */
  void silentRetry() {
    silentRetries.increment();
  }

  /** A held silent address was asked again in SNMPv1. */
  void revived() {
    revived.increment();
    silentRetries.increment();
    changed = true;
  }

  /** Devices found to answer only SNMPv1 so far. */
  long v1OnlyFound() {
    return v1Only.sum();
  }

  /** Everything counted so far, for the summary: also the retries snapshots may lag behind. */
  RetryEvidence counted() {
    changed = true;
    return evidence();
  }

  /**
   * A snapshot for the retry decisions; its {@code silentRetries} may lag behind (see {@link
   * #silentRetry}).
   */
  RetryEvidence evidence() {
    if (!changed) {
      return snapshot;
    }
    // Cleared before reading: a change made while the counters are summed sets it again, so the
    // next call sums them once more.
    changed = false;
    // Read the parts before the wholes they are checked against, so a concurrent update can only
    // make a snapshot look consistent-but-early, never inconsistent.
    long only = v1Only.sum();
    long checked = Math.max(only, v1Checked.sum());
    long found = Math.max(checked, devicesFound.sum());
    long lostNow = lost.sum();
    long requestsNow = Math.max(lostNow, requests.sum());
    RetryEvidence now =
        new RetryEvidence(
            requestsNow,
            lostNow,
            found,
            checked,
            only,
            silentRetries.sum(),
            attemptsToAnswer.sum(),
            revived.sum());
    snapshot = now;
    return now;
  }
}
