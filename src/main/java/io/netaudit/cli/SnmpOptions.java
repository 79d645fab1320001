package io.netaudit.cli;

import io.netaudit.scan.InventoryPlan;
import io.netaudit.scan.SweepSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How netaudit talks SNMP. Defaults are documented in README and --help. */
final class SnmpOptions {
  static final double DEFAULT_RATE = 5000;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      defaultValue = "161",
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
      defaultValue = "1s",
      converter = DurationConverter.class,
      description = "Wait per attempt: 1500ms, 2s, ... (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Further attempts per community after the first, 0-10 (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--rate",
      paramLabel = "PKT/S",
      defaultValue = "5000",
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
      paramLabel = "LEVEL",
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

  /** {@code inventory}: the plan of {@code --depth inventory}. */
  SweepSettings toSettings(CliContext ctx, InventoryPlan inventory) {
    if (port < 1 || port > 65535) {
      throw new UsageException("--port " + port + " is not in 1-65535");
    }
    if (retries < 0 || retries > 10) {
      throw new UsageException("--retries " + retries + " is not in 0-10");
    }
    if (!(rate >= 1 && rate <= 1_000_000)) {
      throw new UsageException("--rate " + rate + " is not in 1-1000000 packets/s");
    }
    int w = window != null ? window : defaultWindow();
    if (w < 1 || w > 1_000_000) {
      throw new UsageException("--window " + w + " is not in 1-1000000");
    }
    InventoryPlan plan = depth == Depth.INVENTORY ? inventory : InventoryPlan.NONE;
    return new SweepSettings(
        port,
        timeout,
        retries,
        rate,
        w,
        CommunitySource.load(communityFile, ctx.env()),
        plan,
        engineIdProbe);
  }

  private int defaultWindow() {
    // Silent addresses hold a slot for a whole timeout: rate x timeout slots keep the pacer busy.
    double needed = rate * timeout.toMillis() / 1000.0 * 1.25;
    return (int) Math.max(256, Math.min(65_536, Math.ceil(needed)));
  }
}
