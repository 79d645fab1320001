package io.netaudit.cli;

import io.netaudit.audit.InventoryReaders;
import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code netaudit check-config}: loads everything a scan with the same configuration and flags
 * would load (config files, policy, vendor catalogue, registries, community file) and sends
 * nothing. For deploy pipelines and after editing /etc/netaudit.
 */
@Command(
    name = "check-config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Validate the configuration files, policy, vendor catalogue, registries and community file that "
            + "'scan' would use with the same options, without sending a packet.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything loads",
      "2:a problem, one line each (file:line where there is one)"
    })
final class CheckConfigCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin SnmpOptions snmpOptions = new SnmpOptions();
  @Mixin PolicyOptions policyOptions = new PolicyOptions();
  @Mixin ScanCommand.OutputOptions outputOptions = new ScanCommand.OutputOptions();
  @Mixin ScheduleOptions schedule = new ScheduleOptions();
  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    PrintStream out = ctx.out();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Policy policy = attempt(problems, policyOptions::policy);
    Identifier identifier =
        attempt(problems, () -> policyOptions.identifier(snmpOptions.depth == Depth.INVENTORY));
    if (identifier != null) {
      attempt(problems, () -> snmpOptions.toSettings(ctx, InventoryReaders.plan(identifier)));
    }
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
    // A community or credentials file readable by others is refused by its loader (exit 2), not
    // warned about.
    for (String w : warnings) {
      ctx.err().println("netaudit: warning: " + w);
    }
    if (!problems.isEmpty()) {
      for (String p : problems) {
        ctx.err().println("netaudit: error: " + p);
      }
      return ExitCodes.USAGE;
    }
    ConfigDefaults config = parent.config;
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
    out.println("data: " + DataDates.of(identifier, policy));
    out.println(
        "communities: "
            + (snmpOptions.communityFile != null
                ? snmpOptions.communityFile.toString()
                : ctx.env().containsKey(CommunitySource.ENV)
                    ? CommunitySource.ENV
                    : "default (public)"));
    out.println(
        "store: " + (store == null ? "none" : store + ", site " + site + " (not contacted)"));
    out.println("netaudit: configuration OK (nothing was sent)");
    return ExitCodes.OK;
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
