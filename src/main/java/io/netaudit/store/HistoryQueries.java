package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.RemediationItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The history command's and the remediation section's reads: subjects and events of a site (or
 * every site), narrowed to an address or MAC, a maker, a start date.
 */
final class HistoryQueries {
  private static final String OPEN = "s.status IN ('RESTRICTED', 'REVIEW')";

  private final Connection c;

  HistoryQueries(Connection c) {
    this.c = c;
  }

  List<HistoryEvent> events(HistoryFilter f) throws SQLException {
    Where w = where(f, "e", "at_ms");
    List<HistoryEvent> events = new ArrayList<>();
    String sql =
        "SELECT site.name, e.at_ms, e.kind, e.subject, e.row_kind, e.address, e.mac, e.vendor,"
            + " e.old_status, e.new_status FROM event e JOIN site ON site.id = e.site_id"
            + w.sql
            + " ORDER BY e.at_ms, site.name, e.subject, e.id";
    try (PreparedStatement p = w.prepare(c, sql);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        events.add(
            new HistoryEvent(
                rs.getString(1),
                Instant.ofEpochMilli(rs.getLong(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                text(rs.getString(6)),
                text(rs.getString(7)),
                text(rs.getString(8)),
                text(rs.getString(9)),
                text(rs.getString(10))));
      }
    }
    return events;
  }

  /** The events a run made, counted by kind (in the order they happen in a run). */
  Map<String, Long> eventCounts(long runId) throws SQLException {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String kind : List.of("appeared", "status_changed", "remediated", "reappeared")) {
      counts.put(kind, 0L);
    }
    try (PreparedStatement p =
        c.prepareStatement("SELECT kind, COUNT(*) FROM event WHERE run_id = ? GROUP BY kind")) {
      p.setLong(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  List<SubjectState> subjects(HistoryFilter f) throws SQLException {
    Where w = where(f, "s", "last_seen_ms");
    List<SubjectState> subjects = new ArrayList<>();
    String sql =
        "SELECT site.name, s.subject, s.row_kind, s.address, s.mac, s.vendor, s.status,"
            + " s.first_seen_ms, s.last_seen_ms, s.missed_runs, s.remediated_ms FROM subject s"
            + " JOIN site ON site.id = s.site_id"
            + w.sql
            + " ORDER BY site.name, s.subject";
    try (PreparedStatement p = w.prepare(c, sql);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        subjects.add(
            new SubjectState(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                text(rs.getString(4)),
                text(rs.getString(5)),
                text(rs.getString(6)),
                rs.getString(7),
                Instant.ofEpochMilli(rs.getLong(8)),
                Instant.ofEpochMilli(rs.getLong(9)),
                rs.getInt(10),
                rs.getObject(11) == null ? null : Instant.ofEpochMilli(rs.getLong(11))));
      }
    }
    return subjects;
  }

  /**
   * RESTRICTED and REVIEW subjects removed since {@code since}, and those still open (overdue when
   * the report row they were last seen in names a deadline before {@code asOf}).
   */
  List<RemediationItem> remediation(String site, Instant since, LocalDate asOf)
      throws SQLException {
    String sql =
        "SELECT site.name, s.subject, s.row_kind, s.vendor, s.status, s.first_seen_ms,"
            + " s.last_seen_ms, s.remediated_ms, f.cells FROM subject s"
            + " JOIN site ON site.id = s.site_id"
            + " LEFT JOIN finding f ON f.run_id = s.last_run_id AND f.subject = s.subject"
            + " WHERE "
            + OPEN
            + " AND (s.remediated_ms IS NULL OR s.remediated_ms >= ?)"
            + (site == null ? "" : " AND site.name = ?")
            + " ORDER BY site.name, s.remediated_ms, s.subject";
    List<RemediationItem> items = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, since.toEpochMilli());
      if (site != null) {
        p.setString(2, site);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Instant remediated = rs.getObject(8) == null ? null : Instant.ofEpochMilli(rs.getLong(8));
          String deadline = deadline(rs.getString(9));
          items.add(
              new RemediationItem(
                  rs.getString(1),
                  Subjects.label(rs.getString(2)),
                  rs.getString(3),
                  text(rs.getString(4)),
                  AuditStatus.valueOf(rs.getString(5)),
                  Instant.ofEpochMilli(rs.getLong(6)),
                  Instant.ofEpochMilli(rs.getLong(7)),
                  remediated,
                  deadline,
                  remediated == null && overdue(deadline, asOf)));
        }
      }
    }
    return items;
  }

  /** The {@code deadline} cell of the stored row, when the policy gave it one. */
  private static String deadline(String cells) {
    if (cells == null) {
      return "";
    }
    try {
      Map<String, String> map = CellsJson.read(cells);
      return map.getOrDefault("deadline", "").strip();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean overdue(String deadline, LocalDate asOf) {
    if (deadline.isEmpty()) {
      return false;
    }
    try {
      return LocalDate.parse(deadline.substring(0, Math.min(10, deadline.length()))).isBefore(asOf);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  /** A WHERE clause and its parameters. */
  private record Where(String sql, List<Object> args) {
    PreparedStatement prepare(Connection c, String statement) throws SQLException {
      PreparedStatement p = c.prepareStatement(statement);
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      return p;
    }
  }

  private static Where where(HistoryFilter f, String t, String timeColumn) {
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (f.site() != null) {
      conditions.add("site.name = ?");
      args.add(f.site());
    }
    if (f.subject() != null) {
      String key = f.subject();
      boolean mac = key.indexOf(':') == 2 && key.length() == 17 && !key.contains("::");
      if (mac) {
        conditions.add("(" + t + ".subject = ? OR " + t + ".mac LIKE ?)");
        args.add("mac:" + key);
        args.add("%" + key + "%");
      } else {
        conditions.add("(" + t + ".subject = ? OR " + t + ".subject LIKE ?)");
        args.add("ip:" + key);
        args.add("ip:" + key + "/%");
      }
    }
    if (f.vendor() != null) {
      conditions.add("LOWER(" + t + ".vendor) LIKE ?");
      args.add("%" + f.vendor().toLowerCase(Locale.ROOT) + "%");
    }
    if (f.since() != null) {
      conditions.add(t + "." + timeColumn + " >= ?");
      args.add(f.since().toEpochMilli());
    }
    return new Where(
        conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
  }
}
