package io.netaudit.audit;

import io.netaudit.report.AuditStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A run's deadlines and waivers, for the summary.
 *
 * @param asOf the day they were judged on
 * @param overdue findings whose deadline has passed
 * @param dueWithinAYear findings whose deadline is at most a year away
 * @param waived findings an active waiver covers, per status: not counted by --fail-on
 * @param activeWaivers active waivers that matched at least one finding
 * @param expiredWaivers expired waivers that matched findings (those count again), one line each
 * @param staleWaivers waivers that matched nothing, one line each
 */
public record ComplianceTally(
    LocalDate asOf,
    long overdue,
    long dueWithinAYear,
    Map<AuditStatus, Long> waived,
    int activeWaivers,
    List<String> expiredWaivers,
    List<String> staleWaivers) {

  /** Nothing judged: no deadline, no waiver. */
  public static final ComplianceTally NONE =
      new ComplianceTally(null, 0, 0, Map.of(), 0, List.of(), List.of());

  public ComplianceTally {
    EnumMap<AuditStatus, Long> copy = new EnumMap<>(AuditStatus.class);
    copy.putAll(waived);
    waived = java.util.Collections.unmodifiableMap(copy);
    expiredWaivers = List.copyOf(expiredWaivers);
    staleWaivers = List.copyOf(staleWaivers);
  }

  public long waived(AuditStatus status) {
    return waived.getOrDefault(status, 0L);
  }
}
