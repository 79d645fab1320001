package io.netaudit.cli;

import io.netaudit.audit.AuditRun;
import io.netaudit.audit.AuditSettings;
import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.FailOn;
import io.netaudit.audit.InventoryReaders;
import io.netaudit.audit.JudgingData;
import io.netaudit.audit.StopRequest;
import io.netaudit.audit.SweepProgress;
import io.netaudit.identify.Identifier;
import io.netaudit.report.ReportFormat;
import io.netaudit.scan.SweepContext;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit scan}: the whole audit of the given targets. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Sweep the targets over SNMP, identify each device's maker, judge it against the advisory-based "
            + "policy, and write the CSV compliance report.")
final class ScanCommand extends ScanOptions implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;

  @Option(
      names = "--list-targets",
      description = "Print the expanded targets, one per line, and send nothing.")
  boolean listTargets;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    if (listTargets) {
      return TargetListing.print(
          ctx, targetOptions.resolve(ctx, HostResolver.SYSTEM, false, snmpOptions.port));
    }
    schedule.validate(outputOptions.output);
    // First, and at once: a second run exits 75 before it loads anything.
    try (RunLock lock = RunLock.acquire(schedule.lockFile(outputOptions.output, ctx.env()))) {
      return audit(ctx);
    }
  }

  private int audit(CliContext ctx) throws Exception {
    // Everything that can be wrong with the input is checked here, before the first packet.
    TargetSet targets = targetOptions.resolve(ctx, HostResolver.SYSTEM, true, snmpOptions.port);
    JudgingData judging = judging();
    ReportSet set =
        schedule.outputDir == null ? null : ReportSet.begin(schedule.outputDir, ctx.clock());
    Map<ReportFormat, String> outputs =
        set == null ? outputOptions.targets() : set.outputs(outputOptions.formats);
    AuditSettings settings = settings(ctx, targets, judging, outputs);
    if (set != null) {
      ReportSet.removeStaleTemps(schedule.outputDir);
    }
    StoreSession store =
        StoreSession.start(
            ctx,
            storeOptions,
            schedule.outputDir,
            outputOptions.output,
            targets,
            set != null ? set.started() : ctx.clock().instant(),
            outputOptions.failOn,
            parent.secrets);
    ScheduleOptions.removeStaleTemps(outputs);
    StopRequest stop = new StopRequest();
    AuditSummary summary = sweep(ctx, settings, store, stop);
    Identifier identifier = settings.identifier();
    int code = report(ctx, settings, outputs, summary, store, stop, identifier);
    store.describeTo(set);
    return schedule.finish(ctx, set, settings, summary, stop, identifier, code);
  }

  /**
   * The identifier and the policy. Read now when they come from input (a broken file stops the run
   * before the first packet) or the sweep's plan needs them (inventory depth); else made from the
   * built-in data when the first answer is judged, and the sweep starts while the built-in data is
   * still being read (measured on 2 cores: the first packet of --depth system some 40 ms sooner,
   * docs/benchmarks.md).
   */
  private JudgingData judging() {
    if (snmpOptions.depth == Depth.INVENTORY || !policyOptions.builtInOnly()) {
      Identifier identifier = policyOptions.identifier(snmpOptions.depth == Depth.INVENTORY);
      return JudgingData.of(identifier, policyOptions.policy());
    }
    return JudgingData.later(() -> policyOptions.identifier(false), policyOptions::policy);
  }

  /** The run's settings from the options (the inventory plan follows from the identifier). */
  private AuditSettings settings(
      CliContext ctx, TargetSet targets, JudgingData judging, Map<ReportFormat, String> outputs) {
    return new AuditSettings(
        targets,
        credentialOptions.apply(
            ctx,
            parent.secrets,
            snmpOptions.communityFile,
            snmpOptions.toSettings(
                ctx, () -> InventoryReaders.plan(judging.identifier(), endpoints))),
        judging,
        outputs,
        outputOptions.allTargets,
        outputOptions.failOn,
        endpoints && snmpOptions.depth == Depth.INVENTORY);
  }

  /** Runs the audit with the progress meter and the stop signals (Ctrl-C, SIGTERM) in place. */
  private AuditSummary sweep(
      CliContext ctx, AuditSettings settings, StoreSession store, StopRequest stop)
      throws Exception {
    SweepProgress progress = new SweepProgress();
    boolean showProgress =
        ProgressMeter.wanted(
            outputOptions.progress,
            outputOptions.quiet,
            parent.verbosity(),
            ctx.env(),
            System.console() != null);
    // Closed when the sweep ends (before the report, which may go to the same terminal) and again
    // here, which
    // also covers a run that fails before or during the sweep.
    try (ProgressMeter meter =
            showProgress
                ? ProgressMeter.start(
                    ctx.err(), progress, settings.targets().maxSize(), ctx.env(), ctx.ticker())
                : null;
        AutoCloseable signals =
            StopSignals.register(
                stop,
                progress,
                settings.sweep().timeout().multipliedBy(settings.sweep().retries() + 1L),
                ctx.err())) {
      if (meter != null) {
        progress.whenSweepEnds(meter::close);
      }
      SweepContext engine = new SweepContext(ctx.clock(), ctx.ticker(), parent.secrets::register);
      return new AuditRun(settings, engine, ctx.out())
          .withStop(stop)
          .withHistory(store.decorate(), store.facts(), store)
          .run(progress);
    }
  }

  /** Prints the summary (unless --quiet and all went well) and returns the run's exit code. */
  private int report(
      CliContext ctx,
      AuditSettings settings,
      Map<ReportFormat, String> outputs,
      AuditSummary summary,
      StoreSession store,
      StopRequest stop,
      Identifier identifier) {
    if (!outputOptions.quiet || !summary.reportWritten() || stop.requested()) {
      Map<ReportFormat, String> shown =
          stop.requested() ? StopRequest.incompleteOutputs(outputs) : outputs;
      SummaryPrinter.print(
          ctx.err(),
          summary,
          shown.isEmpty() ? "-" : String.join(", ", shown.values()),
          DataDates.of(identifier, settings.policy()));
      store.summaryLines().forEach(line -> ctx.err().println("  " + line));
    }
    int code = summary.exitCode(settings.failOn());
    if (store.lost()) {
      ctx.err().println("netaudit: error: the run could not be stored nor spooled (see above)");
      code = Math.max(code, ExitCodes.FAILED);
    }
    return code;
  }

  /** Where and how the report goes. */
  static final class OutputOptions {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        defaultValue = "-",
        description = "Write the CSV report to FILE, atomically ('-' = stdout, the default).")
    String output;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        split = ",",
        defaultValue = "csv",
        converter = FormatConverter.class,
        completionCandidates = FormatNames.class,
        description =
            "Report formats: ${COMPLETION-CANDIDATES} (comma-separated; default: ${DEFAULT-VALUE}). With several, "
                + "-o names the base: -o audit.csv writes audit.csv, audit.jsonl, audit.html.")
    List<ReportFormat> formats;

    Map<ReportFormat, String> targets() {
      return ReportTargets.of(output, formats);
    }

    @Option(
        names = "--all-targets",
        description = "Also write rows for targets that did not answer (NO_RESPONSE).")
    boolean allTargets;

    @Option(
        names = "--fail-on",
        paramLabel = "STATUS",
        defaultValue = "restricted",
        converter = FailOnConverter.class,
        completionCandidates = FailOnNames.class,
        description =
            "Exit 1 when a device is at or above STATUS: restricted, review or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(
        names = {"-q", "--quiet"},
        description = "No summary or progress on stderr (errors still go there).")
    boolean quiet;

    @Option(
        names = "--progress",
        paramLabel = "WHEN",
        defaultValue = "auto",
        description =
            "Live one-line status on stderr while sweeping: auto (when stderr is a terminal and TERM is "
                + "not dumb; not with -v), always, never (default: ${DEFAULT-VALUE}). Never with -q.")
    ProgressMeter.Mode progress = ProgressMeter.Mode.AUTO;
  }

  /** The --format names, from the format registry (so the help lists a new format too). */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ReportFormat.values())
          .map(ReportFormat::formatName)
          .iterator();
    }
  }

  /** Report format names with a clear message. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The --fail-on levels as they are typed, for shell completion. */
  static final class FailOnNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(FailOn.values())
          .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
          .iterator();
    }
  }

  /** Case-insensitive levels with a clear message. */
  static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a level (restricted, review, never)");
      }
    }
  }
}
