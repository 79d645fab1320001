package io.netaudit.cli;

import io.netaudit.store.Store;
import io.netaudit.store.StoreException;
import io.netaudit.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Opening a store to read it (the history and report commands): it must exist (a mistyped SQLite
 * path is an error, not a new empty store); without --store, the configured {@code store} key, else
 * the configured {@code output-dir}'s {@code netaudit.db}.
 */
final class StoreReading {
  private StoreReading() {}

  static Store open(CliContext ctx, NetauditCommand parent, StoreAccess access) {
    ConfigDefaults config = parent.config;
    ConfigFile.Entry dir = config == null ? null : config.values().get("output-dir");
    StoreLocation location = access.location(dir == null ? null : Path.of(dir.value()));
    if (location == null) {
      throw new UsageException(
          "no store: give --store URL (or set 'store' or 'output-dir' in the config file)");
    }
    if (location.isSqlite() && !Files.isRegularFile(Path.of(location.database()))) {
      throw new UsageException("no store at " + location.database());
    }
    StorePassword.Credentials c =
        StorePassword.resolve(ctx, parent.secrets, location, access.passwordFile);
    try {
      return Store.open(location, c.user(), c.password());
    } catch (StoreException e) {
      if (e.kind() == StoreException.Kind.BAD_LOCATION
          || e.kind() == StoreException.Kind.NEWER_SCHEMA) {
        throw new UsageException(e.getMessage());
      }
      throw new StoreUnavailableException(e.getMessage());
    }
  }

  /** A date ({@code 2025-01-31}: its start, UTC) or an instant ({@code 2025-01-31T02:30:00Z}). */
  static Instant since(String option, String text) {
    try {
      return text.contains("T")
          ? Instant.parse(text)
          : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new UsageException(
          option + " '" + text + "' is not a date (2025-01-31) or a time (2025-01-31T02:30:00Z)");
    }
  }

  /** The store cannot be read now (unreachable, failing): exit 3 with its one line. */
  static final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreUnavailableException(String message) {
      super(message);
    }
  }
}
