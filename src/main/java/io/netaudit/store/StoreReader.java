package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.History;
import io.netaudit.report.ReportCells;
import io.netaudit.report.ReportRow;
import io.netaudit.report.TrendPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's read side, on complete runs only: a site's sightings (for the run's report), the
 * latest run of each site and its rows (the estate report), the trend, subjects and events (the
 * history command). Each call is one autocommit read: a run being written is not seen until it
 * commits.
 */
final class StoreReader {
  private static final Logger LOG = LoggerFactory.getLogger(StoreReader.class);

  private final Connection c;

  StoreReader(Connection c) {
    this.c = c;
  }

  Map<String, long[]> sightings(String site) throws SQLException {
    Map<String, long[]> seen = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT s.subject, s.first_seen_ms, s.last_seen_ms FROM subject s"
                + " JOIN site ON site.id = s.site_id WHERE site.name = ?")) {
      p.setString(1, site);
      p.setFetchSize(5000);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          seen.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    return seen;
  }

  List<String> sites() throws SQLException {
    List<String> sites = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT name FROM site ORDER BY name");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        sites.add(rs.getString(1));
      }
    }
    return sites;
  }

  /** The latest complete run of each site (of {@code site} only, when not null), by site. */
  List<SiteRun> latestRuns(String site) throws SQLException {
    return runs(
        " AND r.started_ms = (SELECT MAX(r2.started_ms) FROM run r2"
            + " WHERE r2.site_id = r.site_id AND r2.complete = 1)",
        site,
        Integer.MAX_VALUE);
  }

  /** The complete runs of a site (or every site), oldest first; at most {@code perSite} newest. */
  List<SiteRun> runs(String site, int perSite) throws SQLException {
    return runs("", site, perSite);
  }

  private List<SiteRun> runs(String condition, String site, int perSite) throws SQLException {
    String sql =
        "SELECT r.id, site.name, r.started_ms, r.finished_ms, r.collector, r.tool,"
            + " r.rows_pruned, c.status, c.targets, c.report_rows FROM run r"
            + " JOIN site ON site.id = r.site_id JOIN run_count c ON c.run_id = r.id"
            + " WHERE r.complete = 1"
            + condition
            + (site == null ? "" : " AND site.name = ?")
            + " ORDER BY site.name, r.started_ms, r.id";
    Map<Long, SiteRun> byId = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (site != null) {
        p.setString(1, site);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          SiteRun run = byId.get(rs.getLong(1));
          if (run == null) {
            run = runOf(rs);
            byId.put(run.runId(), run);
          }
          AuditStatus status = AuditStatus.valueOf(rs.getString(8));
          run.targetCounts().put(status, rs.getLong(9));
          run.rowCounts().put(status, rs.getLong(10));
        }
      }
    }
    return newest(new ArrayList<>(byId.values()), perSite);
  }

  private static SiteRun runOf(ResultSet rs) throws SQLException {
    return new SiteRun(
        rs.getLong(1),
        rs.getString(2),
        Instant.ofEpochMilli(rs.getLong(3)),
        Instant.ofEpochMilli(rs.getLong(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7) != 0,
        new EnumMap<>(AuditStatus.class),
        new EnumMap<>(AuditStatus.class));
  }

  /** Of each site's runs (oldest first), the newest {@code perSite}. */
  private static List<SiteRun> newest(List<SiteRun> runs, int perSite) {
    Map<String, Integer> total = new HashMap<>();
    runs.forEach(r -> total.merge(r.site(), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    List<SiteRun> kept = new ArrayList<>();
    for (SiteRun r : runs) {
      int n = seen.merge(r.site(), 1, Integer::sum);
      if (n > total.get(r.site()) - perSite) {
        kept.add(r);
      }
    }
    return kept;
  }

  static List<TrendPoint> trend(List<SiteRun> runs) {
    List<TrendPoint> points = new ArrayList<>();
    for (SiteRun r : runs) {
      points.add(new TrendPoint(r.site(), r.started(), r.rowCounts()));
    }
    return points;
  }

  /**
   * The report rows of a run with their history columns. A row whose cells cannot be read (a store
   * written by a version with another row type) is skipped with a warning.
   */
  List<ReportRow> rows(SiteRun run) throws SQLException {
    List<ReportRow> rows = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT f.cells, s.first_seen_ms, s.last_seen_ms, f.subject FROM finding f"
                + " JOIN run r ON r.id = f.run_id"
                + " LEFT JOIN subject s ON s.site_id = r.site_id AND s.subject = f.subject"
                + " WHERE f.run_id = ?")) {
      p.setLong(1, run.runId());
      p.setFetchSize(5000);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          try {
            ReportRow row = ReportCells.parse(CellsJson.read(rs.getString(1)));
            Instant first = rs.getObject(2) == null ? null : Instant.ofEpochMilli(rs.getLong(2));
            Instant last = rs.getObject(3) == null ? null : Instant.ofEpochMilli(rs.getLong(3));
            rows.add(row.withHistory(new History(run.site(), first, last)));
          } catch (IllegalArgumentException e) {
            LOG.warn(
                "site {}: stored row {} skipped: {}", run.site(), rs.getString(4), e.getMessage());
          }
        }
      }
    }
    return rows;
  }
}
