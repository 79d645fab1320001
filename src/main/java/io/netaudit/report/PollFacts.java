package io.netaudit.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How the device was polled. Text is "" when absent.
 *
 * @param snmpVersion the version that answered, e.g. {@code v2c}, {@code 3 (discovery only)}
 * @param polledAt when, to the millisecond (the precision every report keeps); null when not known
 * @param credential the label of the credential profile that worked (never a secret)
 * @param detail why a row is what it is, e.g. "no reply", "inside the Cisco chassis at ..."
 */
public record PollFacts(String snmpVersion, Instant polledAt, String credential, String detail) {
  public PollFacts {
    snmpVersion = Texts.orEmpty(snmpVersion);
    polledAt = polledAt == null ? null : polledAt.truncatedTo(ChronoUnit.MILLIS);
    credential = Texts.orEmpty(credential);
    detail = Texts.orEmpty(detail);
  }
}
