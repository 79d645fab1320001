package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportCells;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The runs a spool holds, read back (their rows streamed) to be pushed, and deleted once pushed.
 */
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

  /**
   * One held run: its record and its rows, read from the spool as the store write streams them (a
   * run of 50,000 endpoints is not held in memory a second time).
   */
  record Held(RunRecord record, ReportRows rows) {}

  Held read(long runId) throws SQLException {
    try (Connection c = connections.getConnection()) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT site.name, r.run_key, r.started_ms, r.finished_ms, r.collector, r.tool,"
                  + " r.exit_code, r.targets, r.rows_stored FROM run r"
                  + " JOIN site ON site.id = r.site_id WHERE r.id = ?")) {
        p.setLong(1, runId);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          RunRecord record =
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
          return new Held(record, new HeldRows(runId, rs.getLong(9)));
        }
      }
    }
  }

  /** A held run's rows, streamed from the spool on a connection of their own per pass. */
  private final class HeldRows implements ReportRows {
    private final long runId;
    private final long size;

    HeldRows(long runId, long size) {
      this.runId = runId;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public Cursor open() {
      try {
        return new HeldCursor(connections.getConnection(), runId);
      } catch (SQLException e) {
        throw new UnreadableSpool(e);
      }
    }
  }

  private static final class HeldCursor implements ReportRows.Cursor {
    private final Connection c;
    private final PreparedStatement p;
    private final ResultSet rs;
    private boolean ahead;
    private boolean more;

    HeldCursor(Connection c, long runId) throws SQLException {
      this.c = c;
      try {
        p = c.prepareStatement("SELECT cells FROM finding WHERE run_id = ? ORDER BY subject");
        p.setLong(1, runId);
        p.setFetchSize(1000);
        rs = p.executeQuery();
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    }

    @Override
    public boolean hasNext() {
      if (!ahead) {
        try {
          more = rs.next();
        } catch (SQLException e) {
          throw new UnreadableSpool(e);
        }
        ahead = true;
      }
      return more;
    }

    @Override
    public ReportRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = false;
      try {
        return ReportCells.parse(CellsJson.read(rs.getString(1)));
      } catch (SQLException e) {
        throw new UnreadableSpool(e);
      }
    }

    @Override
    public void close() {
      try (c;
          p;
          rs) {
        // closed in reverse order
      } catch (SQLException e) {
        // nothing was written through this connection
      }
    }
  }

  /** The spool could not be read while a held run was pushed. */
  static final class UnreadableSpool extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableSpool(SQLException cause) {
      super(cause.getMessage(), cause);
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
