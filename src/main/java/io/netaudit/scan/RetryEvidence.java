package io.netaudit.scan;

/**
 * What a sweep has learnt so far about its network's loss, from the devices that answered: the
 * facts {@link RetryPolicy} decides on. A snapshot; {@link LossMeter} keeps the live counts.
 *
 * @param requests requests whose outcome says something about loss: every request to a device after
 *     it answered (system group, inventory round), and each attempt of the first round in a version
 *     the device turned out to speak
 * @param lost of those, the ones that went unanswered (a timeout; a reply later than the timeout
 *     counts as lost too, which is what it was to the sweep)
 * @param devicesFound devices that answered the first round
 * @param v1Checked devices found at addresses that were also to be asked in SNMPv1: the sample in
 *     which a v1-only agent could have been found
 * @param v1Only devices that answered only SNMPv1
 * @param silentRetries attempts sent to addresses that had not answered yet, beyond their first
 * @param attemptsToAnswer the sum over the devices found of the attempt that found them (1 = the
 *     first)
 * @param revived held silent addresses asked again in SNMPv1 because a v1-only agent turned up
 *     (part of {@code silentRetries})
 */
record RetryEvidence(
    long requests,
    long lost,
    long devicesFound,
    long v1Checked,
    long v1Only,
    long silentRetries,
    long attemptsToAnswer,
    long revived) {

  static final RetryEvidence NONE = new RetryEvidence(0, 0, 0, 0, 0, 0, 0, 0);

  /** Evidence without revivals. */
  RetryEvidence(
      long requests,
      long lost,
      long devicesFound,
      long v1Checked,
      long v1Only,
      long silentRetries,
      long attemptsToAnswer) {
    this(requests, lost, devicesFound, v1Checked, v1Only, silentRetries, attemptsToAnswer, 0);
  }

  RetryEvidence {
    if (lost > requests || v1Only > v1Checked || v1Checked > devicesFound) {
      throw new IllegalArgumentException("inconsistent evidence: " + lost + "/" + requests);
    }
  }

  /** Attempts per device found (1.0 when every device answered its first attempt); 0 with none. */
  double attemptsPerAnswer() {
    return devicesFound == 0 ? 0 : (double) attemptsToAnswer / devicesFound;
  }
}
