package io.netaudit.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's schema: the versioned SQL files under {@code src/main/resources/db/migration} ({@code
 * V<n>__what.sql}, one text for both databases), applied by Flyway when a store is opened, so an
 * empty database becomes a store and an older one is brought up to date. A store whose schema
 * history holds a version this netaudit does not know was written by a newer netaudit: it is
 * refused (NEWER_SCHEMA) before anything is read or written, never half understood.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String LOCATION = "classpath:db/migration";

  /**
   * The newest schema version this netaudit has (the highest {@code V<n>__*.sql}; versions are
   * whole numbers). A store already at it opens without Flyway (a plain query: Flyway's class
   * loading and classpath scan cost about a second of CPU at every start). {@code MigrationsTest}
   * checks it against the files.
   */
  static final int LATEST = 1;

  /** Two collectors creating one new SQLite store at once: the loser retries after the winner. */
  private static final int ATTEMPTS = 5;

  private Migrations() {}

  /** Brings the store's schema up to date; returns the schema version now in force. */
  static String apply(Connections connections) throws StoreException {
    return apply(connections, List.of());
  }

  /** As above, with further migration locations (tests: a later schema version than this one's). */
  static String apply(Connections connections, List<String> more) throws StoreException {
    if (more.isEmpty() && current(connections) == LATEST) {
      return Integer.toString(LATEST);
    }
    List<String> locations = new ArrayList<>(List.of(LOCATION));
    locations.addAll(more);
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(connections)
            .locations(locations.toArray(new String[0]))
            .placeholders(Map.of("id_pk", connections.location().dialect().idPrimaryKey()))
            .load();
    FlywayException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        refuseNewer(flyway.info(), connections.location());
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
      } catch (FlywayException e) {
        last = e;
        StoreException unreachable = unreachable(e, connections.location());
        if (unreachable != null) {
          throw unreachable;
        }
        LOG.debug("schema migration attempt {} failed: {}", attempt, e.getMessage());
        sleep(200L * attempt);
      }
    }
    throw new StoreException(
        StoreException.Kind.FAILED,
        "cannot bring the schema of " + connections.location() + " up to date: " + firstLine(last),
        last);
  }

  /**
   * The store's schema version when every migration it records succeeded and is a whole number,
   * else -1 (no store yet, a failed or odd migration: Flyway looks at it). A newer version than
   * {@link #LATEST} is refused here already.
   */
  private static int current(Connections connections) throws StoreException {
    int version = -1;
    try (java.sql.Connection c = connections.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
      while (rs.next()) {
        String v = rs.getString(1);
        if (v == null) {
          continue;
        }
        if (!rs.getBoolean(2) || !v.matches("\\d{1,9}")) {
          return -1;
        }
        version = Math.max(version, Integer.parseInt(v));
      }
    } catch (SQLException e) {
      StoreException unreachable = unreachable(e, connections.location());
      if (unreachable != null) {
        throw unreachable;
      }
      return -1; // no schema history table yet: a new store
    }
    if (version > LATEST) {
      throw new StoreException(
          StoreException.Kind.NEWER_SCHEMA,
          "store "
              + connections.location()
              + " has schema version "
              + version
              + ", made by a newer netaudit (this one knows up to "
              + LATEST
              + "): upgrade netaudit");
    }
    return version;
  }

  private static void refuseNewer(MigrationInfoService info, StoreLocation where)
      throws StoreException {
    String known = "0";
    for (MigrationInfo m : info.all()) {
      if (m.getState() != MigrationState.FUTURE_SUCCESS
          && m.getState() != MigrationState.FUTURE_FAILED
          && m.getVersion() != null) {
        known = m.getVersion().getVersion();
      }
    }
    for (MigrationInfo m : info.applied()) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED) {
        throw new StoreException(
            StoreException.Kind.NEWER_SCHEMA,
            "store "
                + where
                + " has schema version "
                + m.getVersion().getVersion()
                + ", made by a newer netaudit (this one knows up to "
                + known
                + "): upgrade netaudit");
      }
    }
  }

  /** The connection itself failed (server down, refused, bad password): not worth retrying. */
  private static StoreException unreachable(Exception e, StoreLocation where) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("28"))) {
          return new StoreException(
              StoreException.Kind.UNREACHABLE,
              "cannot connect to " + where + ": " + firstLine(sql),
              e);
        }
      }
    }
    return null;
  }

  static String firstLine(Throwable t) {
    String m = t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
    return m.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(m);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
