package io.netaudit.cli;

import io.netaudit.audit.AuditSettings;
import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.StopRequest;
import io.netaudit.identify.Identifier;
import io.netaudit.report.ReportFormat;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * Scheduled runs (cron, systemd timers): timestamped report sets in a directory with a summary
 * sidecar, a {@code latest} pointer and pruning; and what a run does around the audit: the lock,
 * stale temp files, the stop signals, the incomplete report.
 */
final class ScheduleOptions {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduleOptions.class);

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write a timestamped report set into DIR: netaudit-YYYYMMDDTHHMMSSZ.csv (and the other "
              + "--format files), then netaudit-<stamp>.summary.json (counts, versions, data dates, SHA-256, "
              + "complete); latest.csv etc. point at the newest complete set. Instead of -o.")
  Path outputDir;

  @Option(
      names = "--keep",
      paramLabel = "N",
      description =
          "With --output-dir: keep the N newest complete report sets, delete older ones (only "
              + "netaudit's own files). Default: keep all.")
  Integer keep;

  void validate(String output) {
    if (outputDir != null && output != null && !"-".equals(output)) {
      throw new UsageException("give -o/--output or --output-dir, not both");
    }
    if (keep != null && outputDir == null) {
      throw new UsageException("--keep needs --output-dir");
    }
    if (keep != null) {
      BoundedOptions.checked(BoundedOptions.KEEP, keep);
    }
  }

  Path lockFile(String output, Map<String, String> env) {
    return RunLock.fileFor(outputDir, output, env);
  }

  /**
   * Deletes the temp files a killed run left beside the reports (the lock is held, so none is
   * live).
   */
  static void removeStaleTemps(Map<ReportFormat, String> outputs) {
    for (String target : outputs.values()) {
      if ("-".equals(target)) {
        continue;
      }
      Path p = Path.of(target).toAbsolutePath();
      String prefix = "." + p.getFileName() + ".tmp-";
      String incompletePrefix = "." + p.getFileName() + StopRequest.INCOMPLETE_SUFFIX + ".tmp-";
      try (DirectoryStream<Path> siblings = Files.newDirectoryStream(p.getParent(), ".*.tmp-*")) {
        for (Path s : siblings) {
          String name = s.getFileName().toString();
          if ((name.startsWith(prefix) || name.startsWith(incompletePrefix))
              && Files.isRegularFile(s)) {
            Files.deleteIfExists(s);
            LOG.info("removed {} (left by an interrupted run)", s);
          }
        }
      } catch (IOException e) {
        LOG.debug("cannot clean temp files beside {}: {}", p, e.toString());
      }
    }
  }

  /**
   * After the audit: the stop line, the report set's sidecar, latest and pruning. Returns the exit
   * code.
   *
   * @param exitCode the audit's own exit code (0, 1, 3)
   */
  int finish(
      CliContext ctx,
      ReportSet set,
      AuditSettings settings,
      AuditSummary summary,
      StopRequest stop,
      Identifier identifier,
      int exitCode) {
    boolean stopped = stop.requested();
    int code = stopped ? stop.exitCode() : exitCode;
    Map<ReportFormat, String> written =
        stopped ? StopRequest.incompleteOutputs(settings.outputs()) : settings.outputs();
    announce(ctx, stop, written);
    if (set != null) {
      try {
        finishSet(
            ctx, set, settings, summary, stop, identifier.registries().summary(), written, code);
      } catch (IOException | RuntimeException e) {
        ctx.err()
            .println(
                "netaudit: error: cannot finish the report set in "
                    + outputDir
                    + ": "
                    + Problems.describe(
                        e instanceof IOException io ? io : new IOException(e.getMessage())));
        return stopped ? code : ExitCodes.FAILED;
      }
    }
    LOG.info(
        "scan {}: {} targets, {} answered, {} rows, exit {}",
        stopped ? "stopped by " + stop.reason() : "done",
        summary.targets(),
        summary.answered(),
        summary.rowsWritten(),
        code);
    return code;
  }

  /** A stop that came after the sweep, or the stopped run's incomplete report, on stderr. */
  private static void announce(
      CliContext ctx, StopRequest stop, Map<ReportFormat, String> written) {
    boolean stopped = stop.requested();
    if (!stopped && stop.arrivedLate() != null) {
      ctx.err()
          .println(
              "netaudit: "
                  + stop.arrivedLate()
                  + " arrived after the sweep; the report is complete");
    }
    if (stopped) {
      ctx.err()
          .println(
              "netaudit: stopped by "
                  + stop.reason()
                  + ": the report is INCOMPLETE"
                  + (written.isEmpty()
                      ? " and was not written (stdout)"
                      : ": " + String.join(", ", written.values()))
                  + "; earlier reports are untouched");
    }
  }

  /** The set's sidecar; for a complete run also latest and --keep pruning. */
  private void finishSet(
      CliContext ctx,
      ReportSet set,
      AuditSettings settings,
      AuditSummary summary,
      StopRequest stop,
      String registries,
      Map<ReportFormat, String> written,
      int code)
      throws IOException {
    boolean stopped = stop.requested();
    boolean complete = !stopped && summary.reportWritten();
    Path sidecar =
        set.writeSummary(
            summary,
            written,
            complete,
            stop.reason(),
            code,
            settings.policy(),
            registries,
            VersionProvider.version(),
            ctx.clock().instant());
    if (complete) {
      set.markLatest(settings.outputs().keySet());
      if (keep != null) {
        List<Path> deleted = ReportSet.prune(outputDir, keep);
        if (!deleted.isEmpty()) {
          LOG.info("--keep {}: deleted {} files of older report sets", keep, deleted.size());
        }
      }
    }
    if (!ctx.err().checkError() && !stopped && code != ExitCodes.FAILED) {
      LOG.info("summary: {}", sidecar);
    }
  }
}
