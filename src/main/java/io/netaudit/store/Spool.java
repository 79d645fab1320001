package io.netaudit.store;

import io.netaudit.report.ReportRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a run goes when its store cannot take it (unreachable, failing mid-write): a SQLite store
 * beside the reports, with the same schema, holding whole runs until the next run pushes them,
 * oldest first, into the store, each in its own transaction, and deletes them. A run pushed twice
 * (the push committed, then the process died before the spool deleted it) is stored once: runs are
 * keyed. The spool file exists only while it holds runs.
 */
public final class Spool {
  private static final Logger LOG = LoggerFactory.getLogger(Spool.class);

  /** The file name of the spool in its directory. */
  public static final String FILE = "netaudit-spool.db";

  private final Path file;

  public Spool(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  /** Keeps a run; returns how many runs the spool now holds. */
  public int keep(RunRecord run, ReportRows rows) throws StoreException {
    Store spool = Store.open(StoreLocation.sqlite(file), "", null);
    spool.write(run, rows, Coverage.ALL, WriteOptions.spool());
    return held(spool);
  }

  /** How many runs wait in the spool (0 when there is no spool file). */
  public int pending() throws StoreException {
    return Files.exists(file) ? held(Store.open(StoreLocation.sqlite(file), "", null)) : 0;
  }

  /**
   * Pushes every held run into {@code store}, oldest first; stops at the first that fails (it stays
   * in the spool with the ones after it).
   *
   * @param coverage what each held run covered (from its stored target specs)
   * @return the runs pushed
   */
  public int push(Store store, Function<RunRecord, Coverage> coverage, WriteOptions options)
      throws StoreException {
    if (!Files.exists(file)) {
      return 0;
    }
    SpoolRuns runs = Store.open(StoreLocation.sqlite(file), "", null).spoolRuns();
    int pushed = 0;
    try {
      for (long id : runs.ids()) {
        SpoolRuns.Held held = runs.read(id);
        WriteResult r =
            store.write(held.record(), held.rows(), coverage.apply(held.record()), options);
        runs.delete(id);
        pushed++;
        LOG.info(
            "pushed the spooled run of {} (site {}) into {}{}",
            held.record().started(),
            held.record().site(),
            store.location(),
            r.alreadyStored() ? " (it was there already)" : "");
      }
      if (runs.ids().isEmpty()) {
        remove();
      }
    } catch (SQLException e) {
      throw StoreException.of("cannot read the spool " + file, e);
    } catch (SpoolRuns.UnreadableSpool e) {
      throw StoreException.of("cannot read the spool " + file, (SQLException) e.getCause());
    }
    return pushed;
  }

  private static int held(Store spool) throws StoreException {
    try {
      return spool.spoolRuns().ids().size();
    } catch (SQLException e) {
      throw StoreException.of("cannot read the spool " + spool.location(), e);
    }
  }

  /** Deletes the empty spool and its SQLite side files. */
  private void remove() {
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        LOG.debug("cannot delete {}{}: {}", file, suffix, e.toString());
      }
    }
  }
}
