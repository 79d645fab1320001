package io.netaudit.report;

import java.time.Instant;

/**
 * One line of the estate report's remediation section: a RESTRICTED or REVIEW subject (a device,
 * component, neighbour or endpoint of a site) that was removed in the period, or is still there.
 *
 * @param subject what it is, as people read it: an address, an address and a component, a MAC
 * @param kind its row type, e.g. {@code device}
 * @param status its last status (RESTRICTED or REVIEW)
 * @param firstSeen the first run that had it
 * @param lastSeen the last run that had it
 * @param remediatedAt the run that made it remediated; null while it is open
 * @param deadline the earliest deadline that applies to it (ISO date) when the policy has one
 * @param overdue open and past that deadline
 */
public record RemediationItem(
    String site,
    String subject,
    String kind,
    String vendor,
    AuditStatus status,
    Instant firstSeen,
    Instant lastSeen,
    Instant remediatedAt,
    String deadline,
    boolean overdue) {
  public RemediationItem {
    site = Texts.orEmpty(site);
    subject = Texts.orEmpty(subject);
    kind = Texts.orEmpty(kind);
    vendor = Texts.orEmpty(vendor);
    deadline = Texts.orEmpty(deadline);
  }

  public boolean open() {
    return remediatedAt == null;
  }
}
