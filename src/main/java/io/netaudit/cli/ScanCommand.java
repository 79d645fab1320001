package io.netaudit.cli;

import io.netaudit.audit.AuditRun;
import io.netaudit.audit.AuditSettings;
import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.FailOn;
import io.netaudit.identify.Identifier;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.netaudit.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit scan}: the whole audit of the given targets. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
    description = "Sweep the targets over SNMP, identify each device's maker, judge it against the advisory-based "
        + "policy, and write the CSV compliance report.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:audit complete, nothing at or above the --fail-on level",
      "1:audit complete, findings at or above the --fail-on level",
      "2:usage or configuration error (nothing was sent)",
      "3:the run failed or the report is incomplete"})
final class ScanCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin TargetOptions targetOptions = new TargetOptions();
  @Mixin SnmpOptions snmpOptions = new SnmpOptions();
  @Mixin PolicyOptions policyOptions = new PolicyOptions();
  @Mixin OutputOptions outputOptions = new OutputOptions();

  @Option(names = "--list-targets", description = "Print the expanded targets, one per line, and send nothing.")
  boolean listTargets;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    if (listTargets) {
      targetOptions.allowLargeScan = true; // nothing is sent, so size is no risk
      return listTargets(ctx, targetOptions.resolve(ctx, HostResolver.SYSTEM));
    }
    // Everything that can be wrong with the input is checked here, before the first packet.
    TargetSet targets = targetOptions.resolve(ctx, HostResolver.SYSTEM);
    Identifier identifier = policyOptions.identifier(snmpOptions.depth == Depth.INVENTORY);
    AuditSettings settings = new AuditSettings(
        targets,
        snmpOptions.toSettings(ctx, identifier.privateObjectIds()),
        identifier,
        policyOptions.policy(),
        outputOptions.targets(),
        outputOptions.allTargets,
        outputOptions.failOn);
    AuditSummary summary = new AuditRun(settings, ctx.clock(), ctx.out()).run();
    if (!outputOptions.quiet || !summary.reportWritten()) {
      SummaryPrinter.print(ctx.err(), summary, String.join(", ", settings.outputs().values()),
          DataDates.of(identifier, settings.policy()));
    }
    return summary.exitCode(settings.failOn());
  }

  private static int listTargets(CliContext ctx, TargetSet targets) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(ctx.out(), StandardCharsets.US_ASCII), 1 << 16);
    for (InetAddress a : targets) {
      w.write(a.getHostAddress());
      w.write('\n');
    }
    w.flush();
    return ExitCodes.OK;
  }

  /** Where and how the report goes. */
  static final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
        description = "Write the CSV report to FILE, atomically ('-' = stdout, the default).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "csv",
        converter = FormatConverter.class,
        description = "Report formats: csv, jsonl, html (comma-separated; default: ${DEFAULT-VALUE}). With several, "
            + "-o names the base: -o audit.csv writes audit.csv, audit.jsonl, audit.html.")
    List<ReportFormat> formats;

    Map<ReportFormat, String> targets() {
      try {
        return ReportFormat.targets(output, formats);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    @Option(names = "--all-targets", description = "Also write rows for targets that did not answer (NO_RESPONSE).")
    boolean allTargets;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "restricted",
        converter = FailOnConverter.class,
        description = "Exit 1 when a device is at or above LEVEL: restricted, review or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr (errors still go there).")
    boolean quiet;
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
