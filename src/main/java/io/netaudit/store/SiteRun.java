package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A complete run of a site as the store has it.
 *
 * @param targetCounts targets per status
 * @param rowCounts report rows per status (what the trend draws)
 */
public record SiteRun(
    long runId,
    String site,
    Instant started,
    Instant finished,
    String collector,
    String tool,
    boolean rowsPruned,
    Map<AuditStatus, Long> targetCounts,
    Map<AuditStatus, Long> rowCounts) {

  public long targets() {
    return targetCounts.values().stream().mapToLong(Long::longValue).sum();
  }
}
