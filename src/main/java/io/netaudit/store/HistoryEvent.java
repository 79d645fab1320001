package io.netaudit.store;

import java.time.Instant;

/**
 * Something that happened to a subject of a site, dated by the run that saw it.
 *
 * @param kind {@code appeared}, {@code status_changed}, {@code remediated} or {@code reappeared}
 * @param subject the history key, e.g. {@code ip:10.0.0.1}, {@code mac:44:19:b6:00:00:01}
 * @param oldStatus the status before ("" for appeared)
 * @param newStatus the status after ("" for remediated)
 */
public record HistoryEvent(
    String site,
    Instant at,
    String kind,
    String subject,
    String rowKind,
    String address,
    String mac,
    String vendor,
    String oldStatus,
    String newStatus) {}
