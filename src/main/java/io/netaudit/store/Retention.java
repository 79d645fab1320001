package io.netaudit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --keep-runs N}: the finding rows of a site's runs older than its N newest complete runs
 * are deleted (they are the bulk: one row per device and endpoint per run). What history needs
 * stays: the run rows with their counts (the trend), the subjects (first and last seen) and the
 * events. Runs in the spool are not pruned (they are pushed, then deleted).
 */
final class Retention {
  private Retention() {}

  /** Prunes inside the caller's transaction; returns the runs whose rows were deleted. */
  static int prune(Connection c, long siteId, int keep) throws SQLException {
    List<Long> old = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, rows_pruned FROM run WHERE site_id = ? AND complete = 1"
                + " ORDER BY started_ms DESC, id DESC")) {
      p.setLong(1, siteId);
      try (ResultSet rs = p.executeQuery()) {
        int seen = 0;
        while (rs.next()) {
          if (++seen > keep && rs.getInt(2) == 0) {
            old.add(rs.getLong(1));
          }
        }
      }
    }
    try (PreparedStatement rows = c.prepareStatement("DELETE FROM finding WHERE run_id = ?");
        PreparedStatement mark =
            c.prepareStatement("UPDATE run SET rows_pruned = 1 WHERE id = ?")) {
      for (long id : old) {
        rows.setLong(1, id);
        rows.executeUpdate();
        mark.setLong(1, id);
        mark.executeUpdate();
      }
    }
    return old.size();
  }
}
