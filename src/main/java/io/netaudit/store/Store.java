package io.netaudit.store;

import io.netaudit.report.RemediationItem;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.TrendPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit history store: every complete run of every site, and each subject's history, in SQLite
 * (a file) or PostgreSQL (shared by many collectors) through one code path. Opening it applies the
 * schema migrations ({@link Migrations}); each operation then uses a connection of its own, so a
 * store can be kept open for a whole run and used from the thread that writes the reports.
 *
 * <p>Writing a run: {@link #write} (one transaction, see {@link RunWriter}). Reading: complete runs
 * only.
 */
public final class Store {
  private final Connections connections;
  private final String schemaVersion;

  private Store(Connections connections, String schemaVersion) {
    this.connections = connections;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens (creating or migrating) the store at {@code location}.
   *
   * @param user the PostgreSQL user (ignored for SQLite)
   * @param password its password, or null when the server needs none (ignored for SQLite)
   * @throws StoreException BAD_LOCATION (a SQLite file in a missing directory), UNREACHABLE,
   *     NEWER_SCHEMA or FAILED
   */
  public static Store open(StoreLocation location, String user, char[] password)
      throws StoreException {
    return open(location, user, password, List.of());
  }

  /** As above, with further migration locations (tests of a later schema). */
  static Store open(StoreLocation location, String user, char[] password, List<String> migrations)
      throws StoreException {
    Objects.requireNonNull(location, "location");
    if (location.isSqlite()) {
      Path dir = Path.of(location.database()).getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new StoreException(
            StoreException.Kind.BAD_LOCATION,
            "store " + location + ": directory " + dir + " does not exist");
      }
    }
    Connections connections = new Connections(location, user == null ? "" : user, password);
    return new Store(connections, Migrations.apply(connections, migrations));
  }

  public StoreLocation location() {
    return connections.location();
  }

  /** The schema version in force, e.g. "1". */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Writes a complete run and its rows in one transaction (see {@link RunWriter}). */
  public WriteResult write(RunRecord run, ReportRows rows, Coverage coverage, WriteOptions options)
      throws StoreException {
    try (Connection c = connections.getConnection()) {
      return new RunWriter(c, location().dialect()).write(run, rows, coverage, options);
    } catch (SQLException e) {
      throw StoreException.of("cannot write the run into " + location(), e);
    }
  }

  /** What the store knows of a site's subjects, to fill the history columns of a new run. */
  public SiteHistory history(String site, Instant runStart) throws StoreException {
    return read(c -> new SiteHistory(site, runStart, new StoreReader(c).sightings(site)));
  }

  public List<String> sites() throws StoreException {
    return read(c -> new StoreReader(c).sites());
  }

  /** The latest complete run of each site, or of {@code site} when not null. */
  public List<SiteRun> latestRuns(String site) throws StoreException {
    return read(c -> new StoreReader(c).latestRuns(site));
  }

  /** The newest {@code perSite} complete runs of each site (or of one), oldest first. */
  public List<SiteRun> runs(String site, int perSite) throws StoreException {
    return read(c -> new StoreReader(c).runs(site, perSite));
  }

  /** The trend points of those runs. */
  public List<TrendPoint> trend(String site, int perSite) throws StoreException {
    return StoreReader.trend(runs(site, perSite));
  }

  /** A run's report rows with their history columns (empty when {@code --keep-runs} pruned it). */
  public List<ReportRow> rows(SiteRun run) throws StoreException {
    return read(c -> new StoreReader(c).rows(run));
  }

  public List<HistoryEvent> events(HistoryFilter filter) throws StoreException {
    return read(c -> new HistoryQueries(c).events(filter));
  }

  /** The events a run made, by kind: appeared, status_changed, remediated, reappeared. */
  public Map<String, Long> eventCounts(long runId) throws StoreException {
    return read(c -> new HistoryQueries(c).eventCounts(runId));
  }

  public List<SubjectState> subjects(HistoryFilter filter) throws StoreException {
    return read(c -> new HistoryQueries(c).subjects(filter));
  }

  /** Removed since {@code since} and still open RESTRICTED/REVIEW subjects of a site (or all). */
  public List<RemediationItem> remediation(String site, Instant since, LocalDate asOf)
      throws StoreException {
    return read(c -> new HistoryQueries(c).remediation(site, since, asOf));
  }

  /** The spool's side: its runs and deletions (see {@link Spool}). */
  SpoolRuns spoolRuns() {
    return new SpoolRuns(connections);
  }

  /** A read on a connection of its own. */
  private interface Read<T> {
    T on(Connection c) throws SQLException;
  }

  private <T> T read(Read<T> read) throws StoreException {
    try (Connection c = connections.getConnection()) {
      return read.on(c);
    } catch (SQLException e) {
      throw StoreException.of("cannot read " + location(), e);
    }
  }
}
