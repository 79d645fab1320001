package io.netaudit.cli;

import io.netaudit.secrets.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top-level command; the work is in its subcommands ({@link Subcommands}). */
@Command(
    name = "netaudit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Audits network equipment over SNMP against restricted-vendor advisories (NDAA 889, FCC Covered "
            + "List, NUKIB 2018, ...) and writes CSV compliance reports.")
final class NetauditCommand implements Runnable {
  private final CliContext context;

  /** Where option defaults came from; set by {@link Cli} before parsing. */
  ConfigDefaults config;

  /**
   * This run's secrets, for the log masker ({@link Cli} installs it): credential loading registers
   * what it reads, the sweep what it derives.
   */
  final Secrets secrets = new Secrets();

  @Mixin GlobalOptions global = new GlobalOptions();

  @Option(
      names = {"-v", "--verbose"},
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "More log output on stderr (-v info, -vv debug); stack traces only with -v.")
  boolean[] verbosity = new boolean[0];

  /** The built-in catalogue and policy, perhaps being read already ({@link Cli#run}). */
  private final BundledPreload bundled;

  NetauditCommand(CliContext context, BundledPreload bundled) {
    this.context = context;
    this.bundled = bundled;
  }

  CliContext context() {
    return context;
  }

  BundledPreload bundled() {
    return bundled;
  }

  int verbosity() {
    return verbosity.length;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this),
        "a command is needed: scan, diff, history, report, policy, demo or check-config (see --help)");
  }
}
