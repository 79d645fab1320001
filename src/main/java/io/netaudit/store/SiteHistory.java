package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.History;
import io.netaudit.report.ReportRow;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A site's sightings as the store had them before this run, to fill the {@code site}, {@code
 * first_seen} and {@code last_seen} columns of the run's report. A row that answered in this run
 * was last seen now (the run's start) and first seen at its first sighting, or now; a silent row
 * (NO_RESPONSE) keeps the sightings the store had, so {@code last_seen} says when it last answered.
 * Without a store (or when it could not be read) only the site is filled: the sightings are
 * unknown.
 */
public final class SiteHistory {
  private final String site;
  private final Instant runStart;
  private final Map<String, long[]> seen;

  SiteHistory(String site, Instant runStart, Map<String, long[]> seen) {
    this.site = Objects.requireNonNull(site, "site");
    this.runStart = runStart;
    this.seen = Map.copyOf(seen);
  }

  /** Nothing known (no store, or it could not be read): rows get their site only. */
  public static SiteHistory none(String site) {
    return new SiteHistory(site, null, Map.of());
  }

  public String site() {
    return site;
  }

  /** How many subjects the site had before this run. */
  public int known() {
    return seen.size();
  }

  /** The row with its site and sightings. */
  public ReportRow decorate(ReportRow row) {
    if (runStart == null) {
      return row.withHistory(new History(site, null, null));
    }
    long[] s = seen.get(StoredRow.subjectOf(row));
    boolean here = row.finding().status() != AuditStatus.NO_RESPONSE;
    Instant first = s == null ? null : Instant.ofEpochMilli(s[0]);
    Instant last = s == null ? null : Instant.ofEpochMilli(s[1]);
    if (here) {
      first = first == null || runStart.isBefore(first) ? runStart : first;
      last = last == null || runStart.isAfter(last) ? runStart : last;
    }
    return row.withHistory(new History(site, first, last));
  }
}
