package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Configuration layers: defaults < /etc < XDG < --config < NETAUDIT_* < flags; file:line errors,
 * exit 2.
 */
class ConfigDefaultsTest {
  @TempDir Path dir;
  Path system;
  Path xdg;
  Map<String, String> env;

  @BeforeEach
  void layout() throws Exception {
    system = dir.resolve("etc/netaudit.conf");
    xdg = dir.resolve("xdg");
    Files.createDirectories(system.getParent());
    Files.createDirectories(xdg.resolve("netaudit"));
    env = new HashMap<>();
    env.put(ConfigDefaults.SYSTEM_FILE_ENV, system.toString());
    env.put("XDG_CONFIG_HOME", xdg.toString());
  }

  private void write(Path file, String... lines) throws Exception {
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
  }

  private Path user() {
    return xdg.resolve("netaudit/netaudit.conf");
  }

  /** Parses like Cli.run does, and returns the parsed command tree. */
  private CommandLine parse(String... args) {
    CliContext ctx = new CliContext(System.out, System.err, System.in, env, Clock.systemUTC());
    CommandLine cl = Cli.tree(ctx);
    ConfigDefaults config = ConfigDefaults.load(cl, env, args);
    assertThat(config.errors()).isEmpty();
    cl.setDefaultValueProvider(config);
    cl.parseArgs(args);
    return cl;
  }

  private ScanCommand scan(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "scan";
    System.arraycopy(args, 0, all, 1, args.length);
    return parse(all).getSubcommands().get("scan").getCommand();
  }

  @Test
  void builtInDefaultsWithoutAnyFile() {
    ScanCommand s = scan("10.0.0.1");
    assertThat(s.snmpOptions.timeout).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.snmpOptions.port).isEqualTo(161);
    assertThat(s.outputOptions.formats).containsExactly(ReportFormat.CSV);
  }

  @Test
  void eachLayerOverridesTheOneBelow() throws Exception {
    write(system, "timeout = 2s", "port = 1001", "retries = 1", "rate = 100", "window = 300");
    write(user(), "port = 1002", "retries = 2", "rate = 200", "window = 400");
    Path explicit = dir.resolve("run.conf");
    write(explicit, "retries = 3", "rate = 300", "window = 500");
    env.put("NETAUDIT_RATE", "400");
    env.put("NETAUDIT_WINDOW", "600");

    ScanCommand s = scan("--config", explicit.toString(), "--window", "700", "10.0.0.1");

    assertThat(s.snmpOptions.timeout).as("/etc").isEqualTo(Duration.ofSeconds(2));
    assertThat(s.snmpOptions.port).as("XDG over /etc").isEqualTo(1002);
    assertThat(s.snmpOptions.retries).as("--config over XDG").isEqualTo(3);
    assertThat(s.snmpOptions.rate).as("environment over --config").isEqualTo(400);
    assertThat(s.snmpOptions.window).as("flag over everything").isEqualTo(700);
  }

  @Test
  void retriesGivenAnywhereAreForcedAndLeftUnsetTheyFollowTheMeasuredLoss() throws Exception {
    assertThat(scan("10.0.0.1").snmpOptions.retriesGiven()).as("not given").isFalse();
    assertThat(scan("--retries", "3", "10.0.0.1").snmpOptions.retriesGiven())
        .as("flag, even with the default value")
        .isTrue();
    env.put("NETAUDIT_RETRIES", "1");
    assertThat(scan("10.0.0.1").snmpOptions.retriesGiven()).as("environment").isTrue();
    env.remove("NETAUDIT_RETRIES");
    write(user(), "retries = 2");
    assertThat(scan("10.0.0.1").snmpOptions.retriesGiven()).as("config file").isTrue();
  }

  @Test
  void homeConfigIsTheFallbackWithoutXdg() throws Exception {
    env.remove("XDG_CONFIG_HOME");
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(".config/netaudit"));
    write(home.resolve(".config/netaudit/netaudit.conf"), "port = 1161");
    env.put("HOME", home.toString());
    assertThat(scan("10.0.0.1").snmpOptions.port).isEqualTo(1161);
  }

  @Test
  void listsBooleansNegatablesEnumsAndPaths() throws Exception {
    Files.createDirectories(dir.resolve("policy"));
    write(
        user(),
        "# comment",
        "",
        "format = csv, jsonl",
        "engine-id-probe = no",
        "all-targets = yes",
        "fail-on = REVIEW",
        "depth = system",
        "jurisdiction = CZ,EU",
        "policy-dir = ../policy",
        "community-file = communities.txt",
        "output = reports/today.csv");
    ScanCommand s = scan("10.0.0.1");
    assertThat(s.outputOptions.formats).containsExactly(ReportFormat.CSV, ReportFormat.JSONL);
    assertThat(s.snmpOptions.engineIdProbe).isFalse();
    assertThat(s.outputOptions.allTargets).isTrue();
    assertThat(s.outputOptions.failOn).isEqualTo(io.netaudit.audit.FailOn.REVIEW);
    assertThat(s.snmpOptions.depth).isEqualTo(Depth.SYSTEM);
    assertThat(s.policyOptions.jurisdictions).containsExactly("CZ", "EU");
    assertThat(s.policyOptions.policyDir)
        .as("relative to the file's directory")
        .isEqualTo(xdg.resolve("policy"));
    assertThat(s.snmpOptions.communityFile).isEqualTo(xdg.resolve("netaudit/communities.txt"));
    assertThat(s.outputOptions.output)
        .isEqualTo(xdg.resolve("netaudit/reports/today.csv").toString());
    assertThat(scan("--engine-id-probe", "10.0.0.1").snmpOptions.engineIdProbe)
        .as("the flag wins")
        .isTrue();
  }

  @Test
  void commentsAtTheEndOfALineAreNotPartOfTheValue() throws Exception {
    write(
        user(),
        "timeout = 2   # seconds, as nmap and snmpwalk -t read a bare number",
        "retries = 1 # fewer",
        "community-file = communities.txt     # relative names are taken from here",
        "jurisdiction = CZ,EU\t# tab, then the comment");
    ScanCommand s = scan("10.0.0.1");
    assertThat(s.snmpOptions.retries).isEqualTo(1);
    assertThat(s.snmpOptions.timeout).isEqualTo(java.time.Duration.ofSeconds(2));
    assertThat(s.snmpOptions.communityFile).isEqualTo(xdg.resolve("netaudit/communities.txt"));
    assertThat(s.policyOptions.jurisdictions).containsExactly("CZ", "EU");
  }

  @Test
  void globalKeysReachEveryCommandOthersOnlyScanPolicyAndCheckConfig() throws Exception {
    write(user(), "log-level = debug", "fail-on = review", "jurisdiction = CZ");
    CommandLine cl = parse("demo");
    DemoCommand demo = cl.getSubcommands().get("demo").getCommand();
    assertThat(demo.failOn)
        .as("demo keeps its own default")
        .isEqualTo(io.netaudit.audit.FailOn.NEVER);
    assertThat(((NetauditCommand) cl.getCommand()).global.logLevel).isEqualTo("debug");
    PolicyCommand policy = parse("policy").getSubcommands().get("policy").getCommand();
    assertThat(policy.policyOptions.jurisdictions).containsExactly("CZ");
  }

  @Test
  void unknownKeyIsOneLineWithFileAndLineAndExit2() throws Exception {
    Path f = dir.resolve("bad.conf");
    write(f, "timeout = 2s", "", "community = public");
    CliRun run = CliRun.of(env, "", "scan", "--config", f.toString(), "10.0.0.1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "netaudit: error: "
                + f
                + ":3: unknown key 'community' (see config/netaudit.conf.example or "
                + "'netaudit scan --help')");
  }

  @Test
  void badValuesNameTheirFileLineOrVariable() throws Exception {
    write(
        system,
        "port = 70000",
        "timeout = soon",
        "all-targets = maybe",
        "rate",
        "retries = 1",
        "retries = 2");
    env.put("NETAUDIT_FORMAT", "pdf");
    CliRun run = CliRun.of(env, "", "check-config");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "netaudit: error: " + system + ":4: expected 'key = value', got 'rate'",
            "netaudit: error: " + system + ":6: retries is already set at line 5",
            "netaudit: error: " + system + ":1: port: 70000 is not in 1-65535",
            "netaudit: error: "
                + system
                + ":2: timeout: 'soon' is not a duration (examples: 1500ms, 2s, 1m)",
            "netaudit: error: "
                + system
                + ":3: all-targets: 'maybe' is not a boolean (true or false)",
            "netaudit: error: NETAUDIT_FORMAT: format: 'pdf' is not a report format (csv, jsonl,"
                + " html, cyclonedx, jsonl1)");
  }

  @Test
  void missingExplicitConfigIsAnError() {
    CliRun run =
        CliRun.of(env, "", "scan", "--config", dir.resolve("nope.conf").toString(), "10.0.0.1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.conf: no such file");
  }

  @Test
  void unrelatedNetauditVariablesAreIgnored() {
    env.put("NETAUDIT_COMMUNITY", "public");
    env.put("NETAUDIT_STDERR_TTY", "0");
    env.put("NETAUDIT_JAVA_OPTS", "-Xmx1g");
    assertThat(scan("10.0.0.1").snmpOptions.port).isEqualTo(161);
  }

  @Test
  void checkConfigLoadsEverythingAndSendsNothing() throws Exception {
    Path communities = dir.resolve("communities.txt");
    write(communities, "n0c-r3ad");
    write(user(), "community-file = " + communities, "jurisdiction = CZ", "timeout = 2s");
    CliRun loose = CliRun.of(env, "", "check-config");
    assertThat(loose.exitCode()).as("a secrets file others can read is refused").isEqualTo(2);
    assertThat(loose.err()).contains("chmod 600").doesNotContain("n0c-r3ad");
    Files.setPosixFilePermissions(
        communities, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    CliRun ok = CliRun.of(env, "", "check-config");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out())
        .contains("timeout = 2s  (" + user() + ":3)")
        .contains("configuration OK")
        .doesNotContain("n0c-r3ad");

    Path policy = dir.resolve("policy");
    Files.createDirectories(policy);
    Files.writeString(policy.resolve("advisories.csv"), "id,this is not,the header\n");
    CliRun bad = CliRun.of(env, "", "check-config", "--policy-dir", policy.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("netaudit: error: " + policy);
  }

  @Test
  void noColorTurnsAnsiOff() {
    env.put("NO_COLOR", "1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CliContext ctx =
        new CliContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err,
            System.in,
            env,
            Clock.systemUTC());
    System.setProperty("picocli.ansi", "true");
    try {
      assertThat(Cli.run(ctx, "scan", "--help")).isZero();
    } finally {
      System.clearProperty("picocli.ansi");
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").doesNotContain("\u001b[");
  }

  @Test
  void theShippedExampleDocumentsEveryKeyAndOnlyRealOnes() throws Exception {
    Path example = Path.of("config/netaudit.conf.example");
    java.util.Set<String> documented = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(example)) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^#? ?([a-z-]+) = ").matcher(line);
      if (m.find()) {
        documented.add(m.group(1));
      }
    }
    CommandLine cl =
        Cli.tree(new CliContext(System.out, System.err, System.in, Map.of(), Clock.systemUTC()));
    java.util.Set<String> keys = ConfigDefaults.keyedOptions(cl).keySet();
    java.util.Set<String> pending =
        java.util.Set.of("credentials"); // documented ahead of its option
    assertThat(documented).containsAll(keys);
    assertThat(documented).allMatch(k -> keys.contains(k) || pending.contains(k));

    // Uncommented, the example is a valid configuration.
    Path active = dir.resolve("active.conf");
    List<String> lines = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(example)) {
      if (line.matches("^# [a-z-]+ = .*")
          && !line.startsWith("# credentials")
          && !line.startsWith("# output =")
          && !line.contains("/etc/netaudit")
          && !line.contains("/var/log")
          && !line.contains("ieee-data")
          && !line.contains("/var/lib")) {
        lines.add(line.substring(2));
      }
    }
    Files.write(active, lines);
    CommandLine fresh =
        Cli.tree(new CliContext(System.out, System.err, System.in, env, Clock.systemUTC()));
    assertThat(
            ConfigDefaults.load(fresh, env, new String[] {"--config", active.toString()}).errors())
        .isEmpty();
  }
}
