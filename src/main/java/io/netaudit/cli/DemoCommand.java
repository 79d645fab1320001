package io.netaudit.cli;

import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.audit.AuditRun;
import io.netaudit.audit.AuditSettings;
import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.FailOn;
import io.netaudit.audit.InventoryReaders;
import io.netaudit.audit.JudgingData;
import io.netaudit.demo.DemoNetwork;
import io.netaudit.identify.Identifier;
import io.netaudit.report.ReportFormat;
import io.netaudit.scan.SweepContext;
import io.netaudit.scan.SweepSettings;
import io.netaudit.snmp.Community;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import io.netaudit.target.TargetSpec;
import io.netaudit.target.TargetSpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code netaudit demo}: starts the built-in simulated network on loopback and audits it with the
 * same pipeline as {@code scan}, so a new user sees a real report in seconds.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Start a simulated network of SNMP agents on 127.77.0.0/27 (loopback) and "
            + "audit it with the same pipeline as 'scan'. Nothing leaves this machine.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the demo audit completed (with --fail-on never, the default here)",
      "1:findings at or above --fail-on",
      "2:usage error",
      "3:the demo failed or its report could not be written"
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  /** --store and --site: record the demo's run like a scan's (no store unless --store is given). */
  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "netaudit-demo-report.csv",
      description =
          "Where to write the report (default: ${DEFAULT-VALUE}; '-' = stdout). With several "
              + "--format, the base name: netaudit-demo-report.csv, .jsonl, .html, ...")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "csv",
      converter = ScanCommand.FormatConverter.class,
      completionCandidates = ScanCommand.FormatNames.class,
      description =
          "Report formats, as for 'scan': ${COMPLETION-CANDIDATES} (comma-separated; default: "
              + "${DEFAULT-VALUE}).")
  List<ReportFormat> formats;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS",
      completionCandidates = ScanCommand.FailOnNames.class,
      defaultValue = "never",
      converter = ScanCommand.FailOnConverter.class,
      description =
          "Exit 1 on findings at or above STATUS, as 'scan' does (default here: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    TargetSet targets = demoTargets();
    Map<ReportFormat, String> outputs = ReportTargets.of(output, formats);
    try (SimulatedNetwork network = DemoNetwork.start()) {
      ctx.err()
          .printf(
              "netaudit demo: %d simulated devices on %s, UDP port %d (loopback only)%n",
              DemoNetwork.deviceCount(), DemoNetwork.TARGETS, network.port());
      Identifier identifier = policyOptions.identifier();
      AuditSettings settings =
          new AuditSettings(
              targets,
              sweepSettings(network.port(), identifier),
              JudgingData.of(identifier, policyOptions.policy()),
              outputs,
              false,
              failOn);
      StoreSession store =
          StoreSession.start(
              ctx,
              storeOptions,
              null,
              output,
              targets,
              ctx.clock().instant(),
              failOn,
              parent.secrets);
      SweepContext engine = new SweepContext(ctx.clock(), ctx.ticker(), parent.secrets::register);
      AuditSummary summary =
          new AuditRun(settings, engine, ctx.out())
              .withHistory(store.decorate(), store.facts(), store)
              .run();
      show(ctx, summary, outputs, DataDates.of(identifier, settings.policy()), store);
      int code = summary.exitCode(failOn);
      return store.lost() ? Math.max(code, ExitCodes.FAILED) : code;
    }
  }

  /** The demo network's address range. */
  private static TargetSet demoTargets() {
    try {
      return TargetSet.parse(
          List.of(new TargetSpec(DemoNetwork.TARGETS, "demo")), List.of(), HostResolver.SYSTEM);
    } catch (TargetSpecException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A quick sweep of the simulated network: community public, short timeout, one retry. */
  private static SweepSettings sweepSettings(int port, Identifier identifier) {
    return SweepSettings.builder(
            List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))))
        .set(SweepSettings.PORT, port)
        .set(SweepSettings.TIMEOUT, Duration.ofMillis(500))
        .set(SweepSettings.RETRIES, 1)
        .set(SweepSettings.RATE, 2000.0)
        .set(SweepSettings.WINDOW, 256)
        .plan(InventoryReaders.plan(identifier))
        .build();
  }

  /** The report as a table on the terminal (from the CSV, when one was written) and the summary. */
  private static void show(
      CliContext ctx,
      AuditSummary summary,
      Map<ReportFormat, String> outputs,
      String dataDates,
      StoreSession store)
      throws java.io.IOException {
    // The terminal table is read back from the CSV, so it is shown when a CSV file was written.
    String csv = outputs.get(ReportFormat.CSV);
    if (summary.reportWritten() && csv != null && !csv.equals("-")) {
      ReportTable.print(ctx.out(), Path.of(csv));
    }
    SummaryPrinter.print(ctx.err(), summary, String.join(", ", outputs.values()), dataDates);
    store.summaryLines().forEach(line -> ctx.err().println("  " + line));
  }
}
