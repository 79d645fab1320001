package io.netaudit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options of every command: where configuration comes from and where logs go. */
final class GlobalOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Read option defaults from FILE too (above /etc/netaudit/netaudit.conf and "
              + "$XDG_CONFIG_HOME/netaudit/netaudit.conf; below NETAUDIT_<KEY> environment variables and flags).")
  Path config;

  @Option(
      names = "--log-file",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Write log events to FILE instead of stderr, rolled daily and at 10 MB, 14 files kept "
              + "(at most 100 MB); stderr keeps errors and the summary.")
  Path logFile;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      scope = ScopeType.INHERIT,
      converter = Logging.LevelConverter.class,
      completionCandidates = Logging.LevelNames.class,
      description =
          "error, warn, info, debug or trace (default: warn on stderr, info in --log-file; -v/-q "
              + "change stderr's).")
  String logLevel;
}
