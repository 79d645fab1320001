package io.netaudit.cli;

import io.netaudit.audit.InventoryReaders;
import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import io.netaudit.scan.SweepSettings;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code netaudit check-config}: loads everything a scan with the same configuration and flags
 * would load (config files, policy, vendor catalogue, registries, community and credentials files,
 * targets when given, output and log directories) and sends nothing. It takes every option of scan
 * ({@link ScanOptions}). For deploy pipelines and after editing /etc/netaudit.
 */
@Command(
    name = "check-config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Validate the configuration files, policy, vendor catalogue, registries, community and "
            + "credentials files, targets and output directories that 'scan' would use with the same "
            + "options (it takes every scan option), without sending a packet.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything loads",
      "2:a problem, one line each (file:line where there is one)"
    })
final class CheckConfigCommand extends ScanOptions implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;

  /** What loaded; null where it did not (its problem is listed). */
  private record Loaded(
      Policy policy,
      Identifier identifier,
      SweepSettings settings,
      TargetSet targets,
      io.netaudit.store.StoreLocation store,
      String site) {}

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    List<String> problems = new ArrayList<>();
    Loaded loaded = load(ctx, problems);
    if (!problems.isEmpty()) {
      for (String p : problems) {
        ctx.err().println("netaudit: error: " + p);
      }
      return ExitCodes.USAGE;
    }
    print(ctx, loaded);
    return ExitCodes.OK;
  }

  /** Everything a scan with these options would load, each problem listed once. */
  private Loaded load(CliContext ctx, List<String> problems) {
    Policy policy = attempt(problems, policyOptions::policy);
    Identifier identifier =
        attempt(problems, () -> policyOptions.identifier(snmpOptions.depth == Depth.INVENTORY));
    SweepSettings base =
        identifier == null
            ? null
            : attempt(
                problems,
                () -> snmpOptions.toSettings(ctx, () -> InventoryReaders.plan(identifier)));
    // The credentials file is the file most likely to be wrong: loaded and checked as scan would
    // (mode 0600, syntax, protocols, passphrase lengths), without the terminal prompt.
    SweepSettings settings =
        base == null
            ? null
            : attempt(
                problems,
                () ->
                    credentialOptions.apply(
                        ctx, parent.secrets, snmpOptions.communityFile, base, false));
    TargetSet targets =
        targetOptions.given()
            ? attempt(problems, () -> targetOptions.resolve(ctx, HostResolver.SYSTEM, true))
            : null;
    attempt(
        problems,
        () -> {
          schedule.validate(outputOptions.output);
          return schedule.outputDir == null ? outputOptions.targets() : null;
        });
    if (schedule.outputDir != null
        && !(Files.isDirectory(schedule.outputDir) && Files.isWritable(schedule.outputDir))) {
      problems.add("--output-dir " + schedule.outputDir + " is not a writable directory");
    }
    io.netaudit.store.StoreLocation store =
        attempt(problems, () -> storeOptions.access.location(schedule.outputDir));
    attempt(problems, storeOptions::writeOptions);
    String site = attempt(problems, () -> storeOptions.site(store != null));
    if (store != null) {
      attempt(
          problems,
          () ->
              StorePassword.resolve(ctx, parent.secrets, store, storeOptions.access.passwordFile));
    }
    Path logFile = parent.global.logFile;
    if (logFile != null) {
      Path dir = logFile.toAbsolutePath().getParent();
      if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
        problems.add("--log-file " + logFile + ": directory " + dir + " is not writable");
      }
    }
    return new Loaded(policy, identifier, settings, targets, store, site);
  }

  private void print(CliContext ctx, Loaded loaded) {
    PrintStream out = ctx.out();
    printConfiguration(out, parent.config);
    printPolicy(ctx, loaded.policy());
    out.println("data: " + DataDates.of(loaded.identifier(), loaded.policy()));
    out.println(
        "communities: "
            + (snmpOptions.communityFile != null
                ? snmpOptions.communityFile.toString()
                : ctx.env().containsKey(CommunitySource.ENV)
                    ? CommunitySource.ENV
                    : "default (public)"));
    out.println(
        "store: "
            + (loaded.store() == null
                ? "none"
                : loaded.store() + ", site " + loaded.site() + " (not contacted)"));
    // Labels only: a profile's label is never a secret.
    out.println(
        "credential profiles, in the order tried: "
            + String.join(
                ", ", loaded.settings().credentials().stream().map(c -> c.label()).toList())
            + (credentialOptions.prompt ? ", then the prompted one" : ""));
    if (loaded.targets() != null) {
      out.println("targets: up to " + loaded.targets().maxSize() + " addresses");
    }
    out.println("lock: " + schedule.lockFile(outputOptions.output, ctx.env()));
    out.println("netaudit: configuration OK (nothing was sent)");
  }

  /** The configuration files in force and each value with where it came from. */
  private static void printConfiguration(PrintStream out, ConfigDefaults config) {
    out.println(
        "configuration: "
            + (config == null || config.sources().isEmpty()
                ? "built-in defaults only"
                : String.join(" < ", config.sources())));
    if (config != null) {
      for (Map.Entry<String, ConfigFile.Entry> e : config.values().entrySet()) {
        out.println(
            "  " + e.getKey() + " = " + e.getValue().value() + "  (" + e.getValue().origin() + ")");
      }
    }
  }

  /** The policy's advisories and, with --waivers, how many waivers are expired. */
  private void printPolicy(CliContext ctx, Policy policy) {
    PrintStream out = ctx.out();
    out.println(
        "policy: "
            + policy.advisories().size()
            + " advisories"
            + (policyOptions.policyDir == null
                ? " (built in)"
                : " from " + policyOptions.policyDir));
    if (policyOptions.waivers != null) {
      java.time.LocalDate day =
          policy
              .asOfDate()
              .orElse(java.time.LocalDate.now(ctx.clock().withZone(java.time.ZoneOffset.UTC)));
      long expired = policy.waivers().all().stream().filter(w -> !w.activeOn(day)).count();
      out.println(
          "waivers: "
              + policy.waivers().all().size()
              + " from "
              + policyOptions.waivers
              + " ("
              + expired
              + " expired as of "
              + day
              + ")");
    }
  }

  private interface Step<T> {
    T run();
  }

  private static <T> T attempt(List<String> problems, Step<T> step) {
    try {
      return step.run();
    } catch (UsageException e) {
      problems.add(e.getMessage());
      return null;
    }
  }
}
