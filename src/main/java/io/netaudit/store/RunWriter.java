package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes one run in ONE transaction: its site row locked (one writer per site at a time), the run
 * row, its finding rows (batched), its counts, the history update, {@code complete = 1} and the
 * retention, then commit. Until the commit nothing of the run is visible; a writer killed at any
 * point leaves nothing behind (the database rolls the transaction back), and a run whose key is
 * already stored is not stored again.
 */
final class RunWriter {
  private static final int BATCH = 1000;

  private static final String INSERT_FINDING =
      "INSERT INTO finding (run_id, subject, row_kind, address, mac, status, severity, vendor,"
          + " advisories, cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (run_id, subject) DO UPDATE SET row_kind = excluded.row_kind,"
          + " address = excluded.address, mac = excluded.mac, status = excluded.status,"
          + " severity = excluded.severity, vendor = excluded.vendor,"
          + " advisories = excluded.advisories, cells = excluded.cells"
          + " WHERE excluded.severity > finding.severity";

  private final Connection c;
  private final Dialect dialect;

  RunWriter(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
  }

  WriteResult write(RunRecord run, ReportRows rows, Coverage coverage, WriteOptions options)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      long siteId = lockSite(run.site(), run.started().toEpochMilli());
      Long existing = runId(run.runKey());
      if (existing != null) {
        c.rollback();
        return new WriteResult(existing, 0, true);
      }
      long runId = insertRun(siteId, run);
      insertFindings(runId, rows);
      long stored = insertCounts(runId, run.targetCounts());
      if (options.history()) {
        new HistoryUpdate(c)
            .apply(
                siteId, runId, run.started().toEpochMilli(), coverage, options.remediatedAfter());
      }
      try (PreparedStatement p =
          c.prepareStatement("UPDATE run SET complete = 1, rows_stored = ? WHERE id = ?")) {
        p.setLong(1, stored);
        p.setLong(2, runId);
        p.executeUpdate();
      }
      if (options.keepRuns() > 0) {
        Retention.prune(c, siteId, options.keepRuns());
      }
      c.commit();
      return new WriteResult(runId, stored, false);
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is closed by the caller either way
      }
    }
  }

  /** The site's id, the site created if new; on PostgreSQL its row stays locked until commit. */
  private long lockSite(String site, long now) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO site (name, created_ms) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
      p.setString(1, site);
      p.setLong(2, now);
      p.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement("SELECT id FROM site WHERE name = ?" + dialect.lockSuffix())) {
      p.setString(1, site);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Long runId(String runKey) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM run WHERE run_key = ?")) {
      p.setString(1, runKey);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private long insertRun(long siteId, RunRecord run) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO run (site_id, run_key, started_ms, finished_ms, complete, collector, tool,"
                + " exit_code, targets, target_count) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"
                + " RETURNING id")) {
      p.setLong(1, siteId);
      p.setString(2, run.runKey());
      p.setLong(3, run.started().toEpochMilli());
      p.setLong(4, run.finished().toEpochMilli());
      p.setString(5, run.collector());
      p.setString(6, run.tool());
      p.setInt(7, run.exitCode());
      p.setString(8, run.targets());
      p.setLong(9, run.targetCount());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every row but the silent ones (NO_RESPONSE is not a finding), in batches. */
  private void insertFindings(long runId, ReportRows rows) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(INSERT_FINDING);
        ReportRows.Cursor cursor = rows.open()) {
      int pending = 0;
      while (cursor.hasNext()) {
        ReportRow row = cursor.next();
        if (row.finding().status() == AuditStatus.NO_RESPONSE) {
          continue;
        }
        StoredRow s = StoredRow.of(row);
        p.setLong(1, runId);
        p.setString(2, s.subject());
        p.setString(3, s.kind());
        p.setString(4, s.address());
        p.setString(5, s.mac().isEmpty() ? null : s.mac());
        p.setString(6, s.status().name());
        p.setInt(7, s.severity());
        p.setString(8, s.vendor());
        p.setString(9, s.advisories());
        p.setString(10, CellsJson.write(s.cells()));
        p.addBatch();
        if (++pending == BATCH) {
          p.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        p.executeBatch();
      }
    }
  }

  /** Targets and rows per status; returns the rows stored. */
  private long insertCounts(long runId, Map<AuditStatus, Long> targets) throws SQLException {
    Map<AuditStatus, Long> rows = new EnumMap<>(AuditStatus.class);
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT status, COUNT(*) FROM finding WHERE run_id = ? GROUP BY status")) {
      p.setLong(1, runId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.put(AuditStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }
      }
    }
    long stored = 0;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO run_count (run_id, status, targets, report_rows) VALUES (?, ?, ?, ?)")) {
      for (AuditStatus s : AuditStatus.values()) {
        long n = rows.getOrDefault(s, 0L);
        stored += n;
        p.setLong(1, runId);
        p.setString(2, s.name());
        p.setLong(3, targets.getOrDefault(s, 0L));
        p.setLong(4, n);
        p.addBatch();
      }
      p.executeBatch();
    }
    return stored;
  }
}
