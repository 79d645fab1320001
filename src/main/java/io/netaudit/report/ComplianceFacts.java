package io.netaudit.report;

import java.time.LocalDate;

/**
 * What a finding obliges and any approved exception to it: the earliest removal deadline that may
 * apply (RESTRICTED rows), and the waiver that matched the row. Dates are null and text "" when
 * absent.
 *
 * @param deadline the earliest dated removal obligation of the row's advisories
 * @param deadlineAdvisory the advisory that sets it, e.g. {@code DE-BMI-2024}
 * @param waiver the id of the waiver that matched, e.g. {@code W-2025-014}
 * @param waiverExpires its last day
 * @param waiverState {@code active} (the finding does not count for --fail-on) or {@code expired}
 */
public record ComplianceFacts(
    LocalDate deadline,
    String deadlineAdvisory,
    String waiver,
    LocalDate waiverExpires,
    String waiverState) {
  /** No deadline, no waiver. */
  public static final ComplianceFacts NONE = new ComplianceFacts(null, "", "", null, "");

  public ComplianceFacts {
    deadlineAdvisory = Texts.orEmpty(deadlineAdvisory);
    waiver = Texts.orEmpty(waiver);
    waiverState = Texts.orEmpty(waiverState);
  }

  /** Whether the deadline has passed on {@code day} (it is the last day to comply). */
  public boolean overdueOn(LocalDate day) {
    return deadline != null && day != null && day.isAfter(deadline);
  }

  /** Whether the deadline is still to come on {@code day} but at most a year away. */
  public boolean dueWithinAYearOf(LocalDate day) {
    return deadline != null
        && day != null
        && !day.isAfter(deadline)
        && !deadline.isAfter(day.plusYears(1));
  }
}
