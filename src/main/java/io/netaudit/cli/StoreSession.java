package io.netaudit.cli;

import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.FailOn;
import io.netaudit.audit.RunRecorder;
import io.netaudit.report.HistoryFacts;
import io.netaudit.report.ReportContent;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.TrendPoint;
import io.netaudit.store.SiteHistory;
import io.netaudit.store.Spool;
import io.netaudit.store.Store;
import io.netaudit.store.StoreException;
import io.netaudit.store.StoreLocation;
import io.netaudit.store.WriteOptions;
import io.netaudit.store.WriteResult;
import io.netaudit.target.TargetSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scan's use of the audit history store. Before the sweep: open the store (a store this
 * netaudit must not write, or a bad location, stops the run with exit 2 before anything is sent;
 * one that cannot be reached is noted and the run goes on), push the runs a failing store left in
 * the spool, read the site's sightings and trend. After the reports are written ({@link #record}):
 * the run goes into the store in one transaction, or, when the store is down or fails mid-write,
 * into the spool beside the reports ({@value Spool#FILE}), to be pushed by the next run. Only when
 * the spool fails too is the run lost to the history: exit 3.
 *
 * <p>Over 300 lines because a run's whole life with the store is here (open, push, read, record,
 * spool, and the summary lines that say what happened); the store's work is in {@code store}.
 */
final class StoreSession implements RunRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(StoreSession.class);

  /** Runs of the site the scan's HTML trend shows before this one. */
  static final int TREND_RUNS = 29;

  private final StoreLocation location;
  private final Store store;
  private final String downReason;
  private final Spool spool;
  private final String site;
  private final Instant started;
  private final TargetSet targets;
  private final WriteOptions options;
  private final FailOn failOn;
  private final java.time.Clock clock;
  private final SiteHistory history;
  private final HistoryFacts facts;
  private final String pushed;
  private String outcome = "";
  private String state = "not stored";
  private boolean failed;

  private StoreSession(Builder b) {
    this.location = b.location;
    this.store = b.store;
    this.downReason = b.downReason;
    this.spool = b.spool;
    this.site = b.site;
    this.started = b.started;
    this.targets = b.targets;
    this.options = b.options;
    this.failOn = b.failOn;
    this.clock = b.clock;
    this.history = b.history;
    this.facts = b.facts;
    this.pushed = b.pushed;
  }

  /** Collects the parts; {@link #start} fills it. */
  private static final class Builder {
    StoreLocation location;
    Store store;
    String downReason = "";
    Spool spool;
    String site;
    Instant started;
    TargetSet targets;
    WriteOptions options;
    FailOn failOn;
    java.time.Clock clock;
    SiteHistory history;
    HistoryFacts facts = HistoryFacts.NONE;
    String pushed = "";
  }

  /**
   * @param outputDir the run's --output-dir, or null
   * @param output the run's -o (used for the spool's place without --output-dir)
   */
  static StoreSession start(
      CliContext ctx,
      StoreOptions opts,
      Path outputDir,
      String output,
      TargetSet targets,
      Instant started,
      FailOn failOn,
      io.netaudit.secrets.Secrets secrets) {
    Builder b = new Builder();
    b.location = opts.access.location(outputDir);
    b.options = opts.writeOptions();
    b.site = opts.site(b.location != null);
    b.started = started;
    b.targets = targets;
    b.failOn = failOn;
    b.clock = ctx.clock();
    b.history = SiteHistory.none(b.site);
    if (b.location == null) {
      return new StoreSession(b);
    }
    StorePassword.Credentials credentials =
        StorePassword.resolve(ctx, secrets, b.location, opts.access.passwordFile);
    b.spool = new Spool(spoolDir(ctx, outputDir, output).resolve(Spool.FILE));
    try {
      b.store = Store.open(b.location, credentials.user(), credentials.password());
    } catch (StoreException e) {
      if (e.kind() == StoreException.Kind.BAD_LOCATION
          || e.kind() == StoreException.Kind.NEWER_SCHEMA) {
        throw new UsageException(e.getMessage());
      }
      b.downReason = e.getMessage();
      LOG.warn("{}; this run will go to the spool {}", e.getMessage(), b.spool.file());
      LOG.debug("store failure", e);
      return new StoreSession(b);
    }
    pushSpool(b);
    readHistory(b);
    return new StoreSession(b);
  }

  private static void pushSpool(Builder b) {
    try {
      int n = b.spool.push(b.store, r -> RunCoverage.of(r.targets()), b.options);
      if (n > 0) {
        b.pushed = "pushed " + n + " spooled run" + (n == 1 ? "" : "s") + " into the store";
      }
    } catch (StoreException e) {
      b.pushed = "the spool " + b.spool.file() + " could not be pushed (" + e.getMessage() + ")";
      LOG.warn(b.pushed);
    }
  }

  private static void readHistory(Builder b) {
    try {
      b.history = b.store.history(b.site, b.started);
      List<TrendPoint> trend = b.store.trend(b.site, TREND_RUNS);
      b.facts = new HistoryFacts(trend, b.site, "", List.of());
    } catch (StoreException e) {
      b.downReason = e.getMessage();
      b.store = null;
      LOG.warn("{}; this run will go to the spool {}", e.getMessage(), b.spool.file());
    }
  }

  /** Where the spool goes: beside the reports (else in the user's state directory). */
  private static Path spoolDir(CliContext ctx, Path outputDir, String output) {
    if (outputDir != null) {
      return outputDir.toAbsolutePath();
    }
    if (output != null && !"-".equals(output)) {
      Path parent = Path.of(output).toAbsolutePath().getParent();
      if (parent != null) {
        return parent;
      }
    }
    String state = ctx.env().get("XDG_STATE_HOME");
    Path dir =
        state != null && Path.of(state).isAbsolute()
            ? Path.of(state, "netaudit")
            : Path.of(ctx.env().getOrDefault("HOME", "."), ".local", "state", "netaudit");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      LOG.debug("cannot create {}: {}", dir, e.toString());
    }
    return dir;
  }

  /** Fills each row's site and sightings as the reports stream it. */
  UnaryOperator<ReportRow> decorate() {
    return history::decorate;
  }

  /** The trend for the HTML report (only with a readable store). */
  HistoryFacts facts() {
    return facts;
  }

  @Override
  public void record(ReportContent content, AuditSummary summary) {
    if (location == null) {
      return;
    }
    io.netaudit.store.RunRecord run =
        new io.netaudit.store.RunRecord(
            site,
            UUID.randomUUID().toString(),
            started,
            clock.instant(),
            HostName.local(),
            "netaudit " + VersionProvider.version(),
            summary.exitCode(failOn),
            RunCoverage.text(targets),
            summary.counts());
    // The endpoint rows are stored with the others, streamed from the same compact table the
    // reports read (no second copy of a run's 50,000 MACs).
    ReportRows rows =
        content.endpoints().size() == 0
            ? content.rows()
            : ReportRows.concat(content.rows(), content.endpoints());
    String problem = downReason;
    if (store != null) {
      try {
        WriteResult w = store.write(run, rows, RunCoverage.of(targets), options);
        outcome = stored(w);
        state = "stored";
        return;
      } catch (StoreException e) {
        problem = e.getMessage();
        LOG.debug("store write failed", e);
      }
    }
    spool(run, rows, problem);
  }

  /** The store could not take the run: it goes to the spool, or is lost if that fails too. */
  private void spool(io.netaudit.store.RunRecord run, ReportRows rows, String problem) {
    try {
      int waiting = spool.keep(run, rows);
      outcome =
          location
              + ": "
              + problem
              + "; the run is kept in the spool "
              + spool.file()
              + " ("
              + waiting
              + " run"
              + (waiting == 1 ? "" : "s")
              + " waiting; the next run pushes them)";
      state = "spooled";
      LOG.warn("store {}", outcome);
    } catch (StoreException e) {
      failed = true;
      state = "lost";
      outcome =
          location
              + ": "
              + problem
              + "; the spool "
              + spool.file()
              + " failed too ("
              + e.getMessage()
              + "): this run is not in the history (its reports are written)";
      LOG.error("store {}", outcome);
    }
  }

  private String stored(WriteResult w) {
    StringBuilder s =
        new StringBuilder(location.toString())
            .append(", site ")
            .append(site)
            .append(": run stored (")
            .append(w.rows())
            .append(" rows");
    try {
      Map<String, Long> events = store.eventCounts(w.runId());
      s.append("; events:");
      events.forEach(
          (kind, n) -> s.append(' ').append(kind.replace('_', ' ')).append(' ').append(n));
    } catch (StoreException e) {
      LOG.debug("cannot count the run's events", e);
    }
    return s.append(')').toString();
  }

  /** The summary's store lines ("" when no store is used). */
  List<String> summaryLines() {
    if (location == null) {
      return List.of();
    }
    List<String> lines = new java.util.ArrayList<>();
    if (!pushed.isEmpty()) {
      lines.add("store: " + pushed);
    }
    if (!outcome.isEmpty()) {
      lines.add("store: " + outcome);
    }
    return lines;
  }

  /** True when the run is neither in the store nor in the spool: the run failed (exit 3). */
  boolean lost() {
    return failed;
  }

  String site() {
    return site;
  }

  /** Tells the report set's sidecar what became of the run (nothing without a store). */
  void describeTo(ReportSet set) {
    if (set != null && location != null) {
      set.recordStore(location.toString(), site, state);
    }
  }
}
