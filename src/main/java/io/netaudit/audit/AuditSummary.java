package io.netaudit.audit;

import io.netaudit.report.AuditStatus;
import io.netaudit.scan.SweepStats;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The outcome of a run: how many targets ended in each state (they add up to the number of
 * targets), the verdicts of rows beyond the targets (components inside devices, LLDP/CDP
 * neighbours), of the endpoints (MACs the switches and routers know), the sweep counters, and
 * whether the report was written.
 *
 * @param endpoints endpoints per status; empty when endpoints were not read
 */
public record AuditSummary(
    Map<AuditStatus, Long> counts,
    Map<AuditStatus, Long> beyondTargets,
    SweepStats sweep,
    int rowsWritten,
    boolean reportWritten,
    String reportProblem,
    ComplianceTally compliance,
    Map<AuditStatus, Long> endpoints) {

  /** A summary without deadline, waiver or endpoint information. */
  public AuditSummary(
      Map<AuditStatus, Long> counts,
      Map<AuditStatus, Long> beyondTargets,
      SweepStats sweep,
      int rowsWritten,
      boolean reportWritten,
      String reportProblem) {
    this(
        counts,
        beyondTargets,
        sweep,
        rowsWritten,
        reportWritten,
        reportProblem,
        ComplianceTally.NONE,
        Map.of());
  }

  public AuditSummary {
    compliance = compliance == null ? ComplianceTally.NONE : compliance;
    EnumMap<AuditStatus, Long> copy = new EnumMap<>(AuditStatus.class);
    for (AuditStatus s : AuditStatus.values()) {
      copy.put(s, counts.getOrDefault(s, 0L));
    }
    counts = Collections.unmodifiableMap(copy);
    beyondTargets =
        Collections.unmodifiableMap(
            new EnumMap<>(
                beyondTargets.isEmpty()
                    ? new EnumMap<AuditStatus, Long>(AuditStatus.class)
                    : beyondTargets));
    endpoints =
        endpoints.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<AuditStatus, Long>(endpoints));
  }

  /** Whether endpoints were read (the summary then has their line, zeros included). */
  public boolean readEndpoints() {
    return !endpoints.isEmpty();
  }

  /** How many endpoints ended in {@code status}. */
  public long endpoints(AuditStatus status) {
    return endpoints.getOrDefault(status, 0L);
  }

  /** How many endpoints the run found. */
  public long endpointCount() {
    return endpoints.values().stream().mapToLong(Long::longValue).sum();
  }

  public long beyond(AuditStatus status) {
    return beyondTargets.getOrDefault(status, 0L);
  }

  public long count(AuditStatus status) {
    return counts.get(status);
  }

  public long targets() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public long answered() {
    return count(AuditStatus.RESTRICTED)
        + count(AuditStatus.REVIEW)
        + count(AuditStatus.COMPLIANT)
        + count(AuditStatus.UNIDENTIFIED);
  }

  /**
   * 0 nothing at or above the fail-on level, 1 findings (targets, rows beyond them and endpoints
   * alike), 3 the report could not be written. Findings an active waiver covers do not count; those
   * of an expired waiver do.
   */
  public int exitCode(FailOn failOn) {
    if (!reportWritten) {
      return 3;
    }
    for (AuditStatus s : AuditStatus.values()) {
      if (count(s) + beyond(s) + endpoints(s) - compliance.waived(s) > 0 && failOn.isFinding(s)) {
        return 1;
      }
    }
    return 0;
  }
}
