package io.netaudit.cli;

import picocli.CommandLine.Mixin;

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
}
