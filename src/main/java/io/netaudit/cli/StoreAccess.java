package io.netaudit.cli;

import io.netaudit.store.StoreException;
import io.netaudit.store.StoreLocation;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Which audit history store a command uses, and its password: {@code --store URL} (config key
 * {@code store}), {@code --store-password-file FILE}. Without {@code --store}, a run with {@code
 * --output-dir DIR} (a flag, or the config key for the history and report commands) uses {@code
 * sqlite:DIR/netaudit.db}; {@code --store none} turns the store off.
 */
final class StoreAccess {
  /** The store file in an output directory. */
  static final String DEFAULT_FILE = "netaudit.db";

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "The audit history store: sqlite:PATH or postgresql://[user@]host[:port]/database "
              + "(default with --output-dir DIR: sqlite:DIR/netaudit.db; 'none': no store).")
  String store;

  @Option(
      names = "--store-password-file",
      paramLabel = "FILE",
      description =
          "The PostgreSQL store's password, the first line of FILE (chmod 600); without it "
              + "PGPASSFILE or ~/.pgpass (libpq format) is used. Never a flag value.")
  Path passwordFile;

  /**
   * The store to use, or null for none.
   *
   * @param outputDir the run's (or the configured) output directory, or null
   */
  StoreLocation location(Path outputDir) {
    String s = store == null ? null : store.strip();
    if (s != null && s.toLowerCase(Locale.ROOT).equals("none")) {
      return null;
    }
    if (s == null || s.isEmpty()) {
      return outputDir == null ? null : StoreLocation.sqlite(outputDir.resolve(DEFAULT_FILE));
    }
    try {
      return StoreLocation.parse(s);
    } catch (StoreException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
