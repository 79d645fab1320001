package io.netaudit.cli;

import io.netaudit.scan.InventoryPlan;
import io.netaudit.scan.SweepSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How netaudit talks SNMP. The bounded options' defaults and ranges are their definitions in {@link
 * SweepSettings} (through {@link BoundedOptions}); README and --help document them.
 */
final class SnmpOptions {
  /** The command these options are mixed into: was --retries given, or configured? */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      description = "UDP port of the agents (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--community-file",
      paramLabel = "FILE",
      description =
          "Communities to try, one per line, in order. Otherwise the environment variable "
              + "NETAUDIT_COMMUNITY (comma-separated), otherwise 'public'. Never given on the command line.")
  Path communityFile;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Wait per attempt: 2 or 2s (a bare number is seconds, as for nmap and snmpwalk -t), 1500ms, "
              + "1m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description =
          "Further attempts per community after the first, 0-10. Not given: silent addresses get as "
              + "many as the loss measured while sweeping makes worth it, at most ${DEFAULT-VALUE}.")
  int retries;

  @Option(
      names = "--rate",
      paramLabel = "PKT/S",
      description =
          "Packets per second, retries included (default: ${DEFAULT-VALUE}). Each device gets at most "
              + "one request at a time, whatever the rate.")
  double rate;

  @Option(
      names = "--window",
      paramLabel = "N",
      description =
          "Targets in progress at once (default: rate x timeout, at least 256, at most 65536).")
  Integer window;

  @Option(
      names = "--depth",
      paramLabel = "DEPTH",
      defaultValue = "inventory",
      description =
          "system: one GET of the system group per device; inventory: also vendor identity objects, "
              + "ENTITY-MIB, interface MACs and LLDP/CDP neighbours, read from responders only (default: ${DEFAULT-VALUE}).")
  Depth depth;

  @Option(
      names = "--engine-id-probe",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Also send the credential-less SNMPv3 discovery with the first request: its engine ID names the "
              + "maker of devices that answer no community (default: on; --no-engine-id-probe turns it off).")
  boolean engineIdProbe;

  /**
   * Whether --retries was given on the command line, in a configuration file or the environment;
   * true also outside picocli (nothing to tell it from).
   */
  boolean retriesGiven() {
    if (command == null) {
      return true;
    }
    CommandLine cl = command.commandLine();
    CommandLine.ParseResult parsed = cl.getParseResult();
    if (parsed != null && parsed.hasMatchedOption("--retries")) {
      return true;
    }
    return cl.getDefaultValueProvider() instanceof ConfigDefaults config
        && config.values().containsKey("retries");
  }

  /**
   * The sweep settings of these options; a value out of range is a usage error naming the flag.
   *
   * @param inventory the plan of {@code --depth inventory}, asked for only at that depth: it needs
   *     the identifier, which a {@code --depth system} scan may still be reading ({@link
   *     io.netaudit.audit.JudgingData})
   */
  SweepSettings toSettings(CliContext ctx, Supplier<InventoryPlan> inventory) {
    int checkedPort = BoundedOptions.checked(SweepSettings.PORT, port);
    Duration checkedTimeout = BoundedOptions.checked(SweepSettings.TIMEOUT, timeout);
    int checkedRetries = BoundedOptions.checked(SweepSettings.RETRIES, retries);
    double checkedRate = BoundedOptions.checked(SweepSettings.RATE, rate);
    int checkedWindow =
        BoundedOptions.checked(
            SweepSettings.WINDOW,
            window != null ? window : SweepSettings.defaultWindow(checkedRate, checkedTimeout));
    InventoryPlan plan = depth == Depth.INVENTORY ? inventory.get() : InventoryPlan.NONE;
    return SweepSettings.builder(CommunitySource.load(communityFile, ctx.env()))
        .set(SweepSettings.PORT, checkedPort)
        .set(SweepSettings.TIMEOUT, checkedTimeout)
        // Not given: retries follow the measured loss (the builder's default for an unset value).
        .set(SweepSettings.RETRIES, retriesGiven() ? checkedRetries : null)
        .set(SweepSettings.RATE, checkedRate)
        .set(SweepSettings.WINDOW, checkedWindow)
        .plan(plan)
        .engineIdProbe(engineIdProbe)
        .build();
  }
}
