package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportCells;
import io.netaudit.report.ReportRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The runs a spool holds, read back whole to be pushed, and deleted once pushed. */
final class SpoolRuns {
  private final Connections connections;

  SpoolRuns(Connections connections) {
    this.connections = connections;
  }

  /** The ids of the complete runs held, oldest first. */
  List<Long> ids() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = connections.getConnection();
        PreparedStatement p =
            c.prepareStatement("SELECT id FROM run WHERE complete = 1 ORDER BY started_ms, id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** One held run: its record and its rows. */
  record Held(RunRecord record, List<ReportRow> rows) {}

  Held read(long runId) throws SQLException {
    try (Connection c = connections.getConnection()) {
      RunRecord record;
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT site.name, r.run_key, r.started_ms, r.finished_ms, r.collector, r.tool,"
                  + " r.exit_code, r.targets FROM run r JOIN site ON site.id = r.site_id"
                  + " WHERE r.id = ?")) {
        p.setLong(1, runId);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          record =
              new RunRecord(
                  rs.getString(1),
                  rs.getString(2),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  Instant.ofEpochMilli(rs.getLong(4)),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getString(8),
                  targetCounts(c, runId));
        }
      }
      List<ReportRow> rows = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT cells FROM finding WHERE run_id = ?")) {
        p.setLong(1, runId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            rows.add(ReportCells.parse(CellsJson.read(rs.getString(1))));
          }
        }
      }
      return new Held(record, rows);
    }
  }

  private static Map<AuditStatus, Long> targetCounts(Connection c, long runId) throws SQLException {
    Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    try (PreparedStatement p =
        c.prepareStatement("SELECT status, targets FROM run_count WHERE run_id = ?")) {
      p.setLong(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          counts.put(AuditStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  void delete(long runId) throws SQLException {
    try (Connection c = connections.getConnection()) {
      c.setAutoCommit(false);
      for (String table : new String[] {"finding", "run_count"}) {
        try (PreparedStatement p =
            c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
          p.setLong(1, runId);
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM run WHERE id = ?")) {
        p.setLong(1, runId);
        p.executeUpdate();
      }
      c.commit();
    }
  }
}
