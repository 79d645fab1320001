package io.netaudit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a site's subjects and events up to date with one run, inside the run's transaction, mostly
 * as set operations in SQL (a run of 50,000 endpoints is a few statements, not 50,000 round trips):
 *
 * <ol>
 *   <li>events: {@code appeared} (a subject the site never had), {@code reappeared} (one that was
 *       remediated), {@code status_changed} (e.g. COMPLIANT to RESTRICTED);
 *   <li>every subject of the run: status, vendor, last seen = the run's start, missed runs = 0;
 *       first seen stays (or moves back, for a run pushed late from a spool);
 *   <li>every open finding of the site (RESTRICTED or REVIEW, not remediated) that the run did not
 *       have but covered (its address was a target; endpoints by a run that has endpoint rows;
 *       neighbours, learned from other devices' tables, by every run): one more missed run, and
 *       {@code remediated} when that makes {@code remediatedAfter} in a row.
 * </ol>
 *
 * A run older than a subject's latest sighting (pushed late from a spool while another collector of
 * the site kept writing) never rolls the subject back.
 */
final class HistoryUpdate {
  private static final String EVENT_COLUMNS =
      "INSERT INTO event (site_id, run_id, at_ms, kind, subject, row_kind, address, mac, vendor,"
          + " old_status, new_status) ";

  /** One column of the subject upsert: taken from the run only when the run is the newer. */
  private static String newer(String column) {
    return column
        + " = CASE WHEN excluded.last_seen_ms >= subject.last_seen_ms THEN excluded."
        + column
        + " ELSE subject."
        + column
        + " END";
  }

  private static final String UPSERT_SUBJECTS =
      "INSERT INTO subject (site_id, subject, row_kind, address, mac, vendor, status,"
          + " first_seen_ms, last_seen_ms, last_run_id, missed_runs, remediated_ms)"
          + " SELECT ?, f.subject, f.row_kind, f.address, f.mac, f.vendor, f.status, ?, ?,"
          + " f.run_id, 0, NULL FROM finding f WHERE f.run_id = ?"
          + " ON CONFLICT (site_id, subject) DO UPDATE SET "
          + String.join(
              ", ",
              newer("row_kind"),
              newer("address"),
              newer("mac"),
              newer("vendor"),
              newer("status"),
              newer("last_run_id"),
              "missed_runs = CASE WHEN excluded.last_seen_ms >= subject.last_seen_ms THEN 0"
                  + " ELSE subject.missed_runs END",
              "remediated_ms = CASE WHEN excluded.last_seen_ms >= subject.last_seen_ms THEN NULL"
                  + " ELSE subject.remediated_ms END",
              "first_seen_ms = CASE WHEN excluded.first_seen_ms < subject.first_seen_ms"
                  + " THEN excluded.first_seen_ms ELSE subject.first_seen_ms END",
              newer("last_seen_ms"));

  private final Connection c;

  HistoryUpdate(Connection c) {
    this.c = c;
  }

  void apply(long siteId, long runId, long at, Coverage coverage, int remediatedAfter)
      throws SQLException {
    events(siteId, runId, at);
    try (PreparedStatement p = c.prepareStatement(UPSERT_SUBJECTS)) {
      p.setLong(1, siteId);
      p.setLong(2, at);
      p.setLong(3, at);
      p.setLong(4, runId);
      p.executeUpdate();
    }
    missed(siteId, runId, at, coverage, remediatedAfter);
  }

  private void events(long siteId, long runId, long at) throws SQLException {
    String select = " f.subject, f.row_kind, f.address, f.mac, f.vendor, ";
    update(
        EVENT_COLUMNS
            + "SELECT ?, f.run_id, ?, 'appeared',"
            + select
            + "NULL, f.status FROM finding f WHERE f.run_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM subject s WHERE s.site_id = ? AND s.subject = f.subject)",
        siteId,
        at,
        runId,
        siteId);
    update(
        EVENT_COLUMNS
            + "SELECT ?, f.run_id, ?, 'reappeared',"
            + select
            + "s.status, f.status FROM finding f JOIN subject s ON s.site_id = ?"
            + " AND s.subject = f.subject WHERE f.run_id = ? AND s.remediated_ms IS NOT NULL"
            + " AND s.last_seen_ms <= ?",
        siteId,
        at,
        siteId,
        runId,
        at);
    update(
        EVENT_COLUMNS
            + "SELECT ?, f.run_id, ?, 'status_changed',"
            + select
            + "s.status, f.status FROM finding f JOIN subject s ON s.site_id = ?"
            + " AND s.subject = f.subject WHERE f.run_id = ? AND s.remediated_ms IS NULL"
            + " AND s.status <> f.status AND s.last_seen_ms <= ?",
        siteId,
        at,
        siteId,
        runId,
        at);
  }

  /** An open finding this run did not have. */
  private record Open(String subject, String kind, String address, int missed) {}

  private void missed(long siteId, long runId, long at, Coverage coverage, int remediatedAfter)
      throws SQLException {
    boolean endpointsRead = hasEndpoints(runId);
    List<Open> open = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT subject, row_kind, address, missed_runs FROM subject WHERE site_id = ?"
                + " AND remediated_ms IS NULL AND status IN ('RESTRICTED', 'REVIEW')"
                + " AND last_run_id <> ? AND last_seen_ms < ?")) {
      p.setLong(1, siteId);
      p.setLong(2, runId);
      p.setLong(3, at);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          open.add(new Open(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
    }
    try (PreparedStatement miss =
            c.prepareStatement(
                "UPDATE subject SET missed_runs = missed_runs + 1,"
                    + " remediated_ms = CASE WHEN missed_runs + 1 >= ? THEN ? ELSE NULL END"
                    + " WHERE site_id = ? AND subject = ?");
        PreparedStatement event =
            c.prepareStatement(
                EVENT_COLUMNS
                    + "SELECT site_id, ?, ?, 'remediated', subject, row_kind, address, mac,"
                    + " vendor, status, NULL FROM subject WHERE site_id = ? AND subject = ?")) {
      for (Open o : open) {
        if (!covered(o, coverage, endpointsRead)) {
          continue;
        }
        miss.setInt(1, remediatedAfter);
        miss.setLong(2, at);
        miss.setLong(3, siteId);
        miss.setString(4, o.subject());
        miss.addBatch();
        if (o.missed() + 1 >= remediatedAfter) {
          event.setLong(1, runId);
          event.setLong(2, at);
          event.setLong(3, siteId);
          event.setString(4, o.subject());
          event.addBatch();
        }
      }
      miss.executeBatch();
      event.executeBatch();
    }
  }

  /**
   * Devices and components by their address; endpoints by a run that read forwarding and ARP tables
   * (one with endpoint rows: a run with {@code --no-endpoints}, or whose switches all stayed
   * silent, says nothing of the site's MACs); neighbours, learned from other devices' tables, by
   * every run.
   */
  private static boolean covered(Open o, Coverage coverage, boolean endpointsRead) {
    return switch (o.kind()) {
      case "device", "component" -> o.address() != null && coverage.covers(o.address());
      case "endpoint" -> endpointsRead;
      default -> true;
    };
  }

  /** Whether the run stored an endpoint row. */
  private boolean hasEndpoints(long runId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT 1 FROM finding WHERE run_id = ? AND row_kind = 'endpoint' LIMIT 1")) {
      p.setLong(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
    }
  }
}
