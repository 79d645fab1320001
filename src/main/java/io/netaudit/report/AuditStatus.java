package io.netaudit.report;

import java.util.Locale;

/**
 * Outcome of auditing one device; declared in severity order for --fail-on: RESTRICTED > REVIEW >
 * others.
 */
public enum AuditStatus {
  RESTRICTED(2),
  REVIEW(1),
  COMPLIANT(0),
  UNIDENTIFIED(0),
  /** An SNMPv3 agent refused every profile tried with a USM REPORT; the detail names the reason. */
  AUTH_FAILED(0),
  NO_RESPONSE(0),
  ERROR(0);

  private final int severity;

  AuditStatus(int severity) {
    this.severity = severity;
  }

  /** Higher is worse; statuses that are not findings all share 0. */
  public int severity() {
    return severity;
  }

  /** The lowercase spelling used in config files and reports, e.g. {@code no_response}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
