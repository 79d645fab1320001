package io.netaudit.report;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run of a site in the trend chart: when it started and its report rows per status (devices,
 * components, neighbours, endpoints; silent targets are not rows of the trend).
 */
public record TrendPoint(String site, Instant started, Map<AuditStatus, Long> rows) {
  public TrendPoint {
    site = Texts.orEmpty(site);
    Objects.requireNonNull(started, "started");
    EnumMap<AuditStatus, Long> copy = new EnumMap<>(AuditStatus.class);
    if (rows != null) {
      rows.forEach((s, n) -> copy.put(s, n));
    }
    rows = Collections.unmodifiableMap(copy);
  }
}
