package io.netaudit.report;

import java.util.Comparator;
import java.util.Locale;

/**
 * Outcome of auditing one device; declared in severity order for --fail-on: RESTRICTED > REVIEW >
 * others. Each status also carries how people see it: the colour the HTML report shows it in and
 * its place in the order a reviewer wants them (findings first, silence last).
 */
public enum AuditStatus {
  RESTRICTED(2, 0, "#c62828"),
  REVIEW(1, 1, "#ef8c00"),
  COMPLIANT(0, 5, "#2e7d32"),
  UNIDENTIFIED(0, 2, "#6d7f8f"),
  /** An SNMPv3 agent refused every profile tried with a USM REPORT; the detail names the reason. */
  AUTH_FAILED(0, 3, "#ad1457"),
  NO_RESPONSE(0, 6, "#b0b0b0"),
  ERROR(0, 4, "#7b1fa2");

  /**
   * The order a reviewer reads statuses in: RESTRICTED, REVIEW, UNIDENTIFIED, AUTH_FAILED, ERROR,
   * COMPLIANT, NO_RESPONSE.
   */
  public static final Comparator<AuditStatus> FINDINGS_FIRST =
      Comparator.comparingInt(s -> s.reviewRank);

  private final int severity;
  private final int reviewRank;
  private final String colour;

  AuditStatus(int severity, int reviewRank, String colour) {
    this.severity = severity;
    this.reviewRank = reviewRank;
    this.colour = colour;
  }

  /** Higher is worse; statuses that are not findings all share 0. */
  public int severity() {
    return severity;
  }

  /** The colour people see this status in, as a CSS hex colour, e.g. {@code #c62828}. */
  public String colour() {
    return colour;
  }

  /** The lowercase spelling used in config files and reports, e.g. {@code no_response}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
