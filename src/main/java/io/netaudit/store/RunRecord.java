package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one run the store keeps beside its rows.
 *
 * @param site the site the collector audits (its {@code --site})
 * @param runKey unique per run, made by the collector: pushing a spooled run twice stores it once
 * @param started when the sweep started: the time every sighting of the run is dated with
 * @param collector the host name of the machine that ran it
 * @param tool e.g. "netaudit 0.2.0"
 * @param exitCode the audit's exit code
 * @param targets the target specs swept, one per line, exclusions prefixed with '-'
 * @param targetCounts targets per status (every status, zeros included)
 */
public record RunRecord(
    String site,
    String runKey,
    Instant started,
    Instant finished,
    String collector,
    String tool,
    int exitCode,
    String targets,
    Map<AuditStatus, Long> targetCounts) {

  public RunRecord {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(runKey, "runKey");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    collector = collector == null ? "" : collector;
    tool = tool == null ? "" : tool;
    targets = targets == null ? "" : targets;
    EnumMap<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    for (AuditStatus s : AuditStatus.values()) {
      counts.put(s, targetCounts == null ? 0L : targetCounts.getOrDefault(s, 0L));
    }
    targetCounts = Collections.unmodifiableMap(counts);
  }

  public long targetCount() {
    return targetCounts.values().stream().mapToLong(Long::longValue).sum();
  }
}
