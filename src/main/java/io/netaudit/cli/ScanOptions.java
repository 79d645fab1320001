package io.netaudit.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Every option of a scan, shared by {@code scan} and {@code check-config} (both extend this class),
 * so check-config takes exactly the options scan takes and checks what they name. A new scan option
 * goes into one of these groups (or a new {@code @Mixin} here), never into {@link ScanCommand}
 * alone: then check-config accepts it, the config files know its key, and {@code
 * CheckConfigCommandTest} keeps it that way. Only {@code --list-targets}, an action rather than a
 * setting, is scan's own.
 */
abstract class ScanOptions {
  @Mixin TargetOptions targetOptions = new TargetOptions();
  @Mixin SnmpOptions snmpOptions = new SnmpOptions();
  @Mixin CredentialOptions credentialOptions = new CredentialOptions();
  @Mixin PolicyOptions policyOptions = new PolicyOptions();
  @Mixin ScanCommand.OutputOptions outputOptions = new ScanCommand.OutputOptions();
  @Mixin ScheduleOptions schedule = new ScheduleOptions();
  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(
      names = "--endpoints",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "At inventory depth, also read the forwarding and ARP tables of the devices that answer and "
              + "report every MAC they know as an endpoint row (default: on; --no-endpoints turns it off).")
  boolean endpoints;
}
