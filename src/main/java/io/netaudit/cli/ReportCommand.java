package io.netaudit.cli;

import io.netaudit.audit.FailOn;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.HistoryFacts;
import io.netaudit.report.RawHex;
import io.netaudit.report.RemediationItem;
import io.netaudit.report.ReportContent;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.RowKind;
import io.netaudit.report.RunFacts;
import io.netaudit.store.SiteRun;
import io.netaudit.store.Store;
import io.netaudit.store.StoreException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code netaudit report}: the estate's current state from the history store, as one report: the
 * latest complete run of each site (every site, or one), in the formats of a scan, with the history
 * columns, and on the HTML page the remediation section and each site's trend.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "The estate report from the audit history store: the latest complete run of each site as"
            + " one report (csv, jsonl, html; site, first_seen and last_seen columns); the HTML"
            + " page adds the remediation section (removed in the period, still open, overdue) and"
            + " each site's trend.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report written, nothing at or above the --fail-on level",
      "1:report written, findings at or above the --fail-on level",
      "2:usage error, no store, or a store made by a newer netaudit",
      "3:the store cannot be read, or a report cannot be written"
    })
final class ReportCommand implements Callable<Integer> {
  /** The remediation period when --since is not given. */
  static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

  /** Runs per site the trend shows. */
  static final int TREND_RUNS = 30;

  /** The estate's endpoint rows: by site, then MAC. */
  private static final java.util.Comparator<ReportRow> ENDPOINT_ORDER =
      java.util.Comparator.<ReportRow, String>comparing(r -> r.history().site())
          .thenComparing(r -> r.macFacts().macs().isEmpty() ? "" : r.macFacts().macs().get(0));

  @ParentCommand NetauditCommand parent;
  @Mixin StoreAccess access = new StoreAccess();

  @ArgGroup(exclusive = true)
  Sites sites = new Sites();

  /** One site, or every site (the default). */
  static final class Sites {
    @Option(names = "--site", paramLabel = "S", description = "Only site S.")
    String site;

    @Option(names = "--all-sites", description = "Every site of the store (the default).")
    boolean all;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "csv",
      converter = ScanCommand.FormatConverter.class,
      completionCandidates = ScanCommand.FormatNames.class,
      description =
          "Report formats: ${COMPLETION-CANDIDATES} (comma-separated; default: ${DEFAULT-VALUE});"
              + " with several, -o names the base.")
  List<ReportFormat> formats;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Write the report to FILE, atomically ('-' = stdout, the default).")
  String output;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "The remediation period starts at DATE (default: 90 days ago).")
  String since;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Deadlines before DATE are overdue (default: today, UTC).")
  String asOf;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS",
      defaultValue = "restricted",
      converter = ScanCommand.FailOnConverter.class,
      completionCandidates = ScanCommand.FailOnNames.class,
      description =
          "Exit 1 when a row is at or above STATUS: restricted, review or never (default:"
              + " ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws StoreException {
    CliContext ctx = parent.context();
    Map<ReportFormat, String> outputs = targets();
    Instant now = ctx.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Instant from = since == null ? now.minus(DEFAULT_PERIOD) : StoreReading.since("--since", since);
    LocalDate today =
        asOf == null
            ? LocalDate.ofInstant(now, ZoneOffset.UTC)
            : LocalDate.ofInstant(StoreReading.since("--as-of", asOf), ZoneOffset.UTC);
    Store store = StoreReading.open(ctx, parent, access);
    List<SiteRun> runs = store.latestRuns(sites.site);
    List<ReportRow> rows = new ArrayList<>();
    for (SiteRun run : runs) {
      rows.addAll(store.rows(run));
    }
    String period = "since " + LocalDate.ofInstant(from, ZoneOffset.UTC);
    List<RemediationItem> remediation = store.remediation(sites.site, from, today);
    HistoryFacts history =
        new HistoryFacts(store.trend(sites.site, TREND_RUNS), "", period, remediation);
    // Endpoint rows (keyed by MAC) go where a scan's report has them: after the others, and in
    // the HTML page's endpoint section.
    List<ReportRow> addressed = new ArrayList<>();
    List<ReportRow> endpoints = new ArrayList<>();
    for (ReportRow r : rows) {
      (r.subject().kind() == RowKind.ENDPOINT ? endpoints : addressed).add(r);
    }
    endpoints.sort(ENDPOINT_ORDER);
    ReportContent content =
        new ReportContent(
            ReportRows.of(addressed),
            ReportRows.of(List.of()),
            new RawHex(),
            facts(runs, now),
            history,
            ReportRows.inOrder(endpoints));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ReportFormat, String> out : outputs.entrySet()) {
      try {
        out.getKey().writer(ctx.out()).write(out.getValue(), content);
      } catch (IOException | RuntimeException e) {
        problems.add("cannot write report " + out.getValue() + ": " + e.getMessage());
      }
    }
    if (!quiet || !problems.isEmpty()) {
      summary(ctx, runs, rows, remediation, period, outputs, problems);
    }
    if (!problems.isEmpty()) {
      return ExitCodes.FAILED;
    }
    return rows.stream().anyMatch(r -> failOn.isFinding(r.finding().status()))
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }

  private Map<ReportFormat, String> targets() {
    return ReportTargets.of(output, formats);
  }

  /** The facts of the estate: targets per status summed over the runs, and each site's run. */
  private static RunFacts facts(List<SiteRun> runs, Instant now) {
    Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    Map<String, String> dates = new LinkedHashMap<>();
    long targets = 0;
    for (SiteRun r : runs) {
      r.targetCounts().forEach((s, n) -> counts.merge(s, n, Long::sum));
      targets += r.targets();
      dates.put(
          "site " + r.site(),
          "run of " + r.started() + " by " + r.collector() + " (" + r.tool() + ")");
    }
    Map<String, String> urls = new LinkedHashMap<>();
    try {
      for (Advisory a : Policy.loadBundled().advisories()) {
        urls.put(a.id(), a.url());
      }
    } catch (PolicyException e) {
      // the ids are shown without links
    }
    return new RunFacts(
        counts, targets, "", dates, urls, now.toString(), "netaudit " + VersionProvider.version());
  }

  private static void summary(
      CliContext ctx,
      List<SiteRun> runs,
      List<ReportRow> rows,
      List<RemediationItem> remediation,
      String period,
      Map<ReportFormat, String> outputs,
      List<String> problems) {
    ctx.err()
        .printf(
            Locale.ROOT,
            "netaudit: estate of %d site%s (the latest complete run of each), %d rows%n",
            runs.size(),
            runs.size() == 1 ? "" : "s",
            rows.size());
    for (SiteRun r : runs) {
      ctx.err().println("  site " + r.site() + ": run of " + r.started() + " by " + r.collector());
    }
    Map<AuditStatus, Long> byStatus = new EnumMap<>(AuditStatus.class);
    rows.forEach(r -> byStatus.merge(r.finding().status(), 1L, Long::sum));
    StringBuilder line = new StringBuilder("  rows:");
    byStatus.forEach((s, n) -> line.append(' ').append(s.name()).append(' ').append(n));
    ctx.err().println(line);
    ctx.err()
        .printf(
            Locale.ROOT,
            "  remediation %s: removed %d, still open %d, overdue %d%n",
            period,
            remediation.stream().filter(i -> !i.open()).count(),
            remediation.stream().filter(RemediationItem::open).count(),
            remediation.stream().filter(RemediationItem::overdue).count());
    if (problems.isEmpty()) {
      List<String> names =
          outputs.values().stream().map(o -> "-".equals(o) ? "stdout" : o).toList();
      ctx.err().println("  report: " + String.join(", ", names));
    }
    problems.forEach(p -> ctx.err().println("netaudit: error: " + p));
  }
}
