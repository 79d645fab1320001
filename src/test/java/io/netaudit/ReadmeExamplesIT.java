package io.netaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.demo.DemoNetwork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fenced config, credentials and command example of README.md (issue 15), so the front
 * door cannot drift: in README order, file examples are written where they say and each command
 * line runs in bash, in one working directory for the whole README (a copy of {@code examples/} and
 * {@code config/}), with {@code netaudit} and {@code ./netaudit} the packaged jar, against the
 * demo's simulated network started here on loopback (its port given as {@code NETAUDIT_PORT}).
 * Targets and system paths are rewritten by {@link ExampleRewrite}; marks are read by {@link
 * ReadmeExamples}. A netaudit line passes with exit 0 or 1 (1 = a completed audit with findings:
 * the simulated network holds restricted devices), any other line with 0. What is not run is
 * printed with its reason and written to target/readme-examples.txt.
 *
 * <p>Safety net besides the rewrite: {@code NETAUDIT_EXCLUDE_FILE} excludes every address that is
 * not loopback, so an example that slipped through still sends nothing off this machine.
 */
class ReadmeExamplesIT {
  private static final long LINE_TIMEOUT_S = 180;
  private static SimulatedNetwork network;

  @TempDir Path tmp;

  @BeforeAll
  static void startNetwork() throws IOException {
    network = DemoNetwork.start();
  }

  @AfterAll
  static void stopNetwork() throws IOException {
    if (network != null) {
      network.close();
    }
  }

  private static Path jar() {
    String jar = System.getProperty("netaudit.jar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no packaged jar");
    return Path.of(jar).toAbsolutePath();
  }

  @Test
  void everyReadmeExampleRuns() throws Exception {
    ReadmeExamples readme =
        ReadmeExamples.parse(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
    Workspace ws = workspace(jar());
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (ReadmeExamples.Fence f : readme.fences()) {
      assertThat(f.unplaced())
          .as(
              "README.md:%d: a ```%s example the test cannot place: mark it <!-- readme-test: file"
                  + " PATH --> or <!-- readme-test: skip: REASON -->",
              f.line(), f.language())
          .isFalse();
      List<String> commands = f.commands();
      if (!f.isFile() && commands.isEmpty()) {
        continue; // shown output
      }
      for (String setup : f.setup()) {
        failures.addAll(ws.run(f.line(), "setup " + setup, setup, false));
      }
      if (f.isFile() && f.skipReason() == null) {
        String text = new ExampleRewrite(ws.root).apply(String.join("\n", f.body()) + "\n");
        Path file = ws.path(f.file());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        report.add("file    README.md:" + f.line() + "  " + f.file());
      }
      for (String c : commands) {
        String why = f.skipped(c);
        if (why != null) {
          assertThat(why).as("README.md:%d: skip without a reason", f.line()).isNotBlank();
          report.add("skip    README.md:" + f.line() + "  " + c + "  -- " + why);
          continue;
        }
        failures.addAll(ws.run(f.line(), c, c, c.contains("netaudit ")));
        report.add("ran     README.md:" + f.line() + "  " + c);
      }
      for (String then : f.then()) {
        failures.addAll(ws.run(f.line(), "then " + then, then, then.contains("netaudit ")));
        report.add("ran     README.md:" + f.line() + "  " + then);
      }
      if (f.skipReason() != null && commands.isEmpty()) {
        report.add(
            "skip    README.md:" + f.line() + "  ```" + f.language() + "  -- " + f.skipReason());
      }
    }
    Files.write(Path.of("target", "readme-examples.txt"), report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
    assertThat(report).anyMatch(r -> r.startsWith("ran ")).anyMatch(r -> r.startsWith("file "));
    assertThat(failures).as("README examples that broke").isEmpty();
  }

  @Test
  void aBrokenExampleIsCaught() throws Exception {
    Workspace ws = workspace(jar());
    assertThat(ws.run(1, "netaudit sacn 10.0.0.1", "netaudit sacn 10.0.0.1", true))
        .singleElement()
        .asString()
        .contains("exit 2", "did you mean");
    assertThat(ws.run(2, "netaudit scan --timeout 2x", "netaudit scan --timeout 2x 10.0.0.1", true))
        .hasSize(1);
    assertThat(ws.run(3, "cat no-such-file", "cat no-such-file", false)).hasSize(1);
    assertThat(ws.run(4, "netaudit --version", "netaudit --version", true)).isEmpty();
  }

  @Test
  void aRewrittenScanReachesTheSimulatedNetwork() throws Exception {
    Workspace ws = workspace(jar());
    assertThat(ws.run(1, "scan", "netaudit scan -q -o seen.csv 10.20.0.0/16", true)).isEmpty();
    // 127.77.0.1 is the demo's Huawei switch: the rewritten target and NETAUDIT_PORT found it.
    assertThat(Files.readString(ws.work().resolve("seen.csv"), StandardCharsets.UTF_8))
        .contains("127.77.0.1,RESTRICTED,Huawei");
  }

  @Test
  void rewriteKeepsExamplesOnLoopback() {
    ExampleRewrite r = new ExampleRewrite(Path.of("/r"));
    assertThat(
            r.apply(
                "netaudit scan -o report.csv -iL /etc/netaudit/t.txt --exclude 10.20.99.0/24"
                    + " 10.20.0.0/16 10.1.0-3.1-254 192.0.2.5,9 127.0.0.1 --as-of 2027-01-01"))
        .isEqualTo(
            "netaudit scan -o report.csv -iL /r/etc/netaudit/t.txt --exclude 127.76.1.0/27"
                + " 127.77.0.0/27 127.76.2.1-254 127.76.3.5,9 127.0.0.1 --as-of 2027-01-01");
  }

  private Workspace workspace(Path jar) throws IOException {
    Path root = tmp.resolve("root");
    Path work = tmp.resolve("work");
    Path bin = tmp.resolve("bin");
    Files.createDirectories(work);
    Files.createDirectories(bin);
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("var"));
    copyTree(Path.of("examples"), work.resolve("examples"));
    copyTree(Path.of("config"), work.resolve("config"));
    String launcher =
        "#!/bin/sh\nexec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar '" + jar + "' \"$@\"\n";
    for (Path p : List.of(bin.resolve("netaudit"), work.resolve("netaudit"))) {
      Files.writeString(p, launcher, StandardCharsets.UTF_8);
      p.toFile().setExecutable(true);
    }
    // Everything that is not loopback, IPv4 and IPv6: a target an example did not rewrite is
    // excluded rather than sent to.
    Path offLoopback = tmp.resolve("off-loopback.txt");
    Files.writeString(
        offLoopback,
        "0.0.0.0/2 64.0.0.0/3 96.0.0.0/4 112.0.0.0/5 120.0.0.0/6 124.0.0.0/7 126.0.0.0/8"
            + " 128.0.0.0/1\n",
        StandardCharsets.UTF_8);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("HOME", tmp.resolve("home").toString());
    env.put("XDG_CONFIG_HOME", tmp.resolve("home/.config").toString());
    env.put("XDG_RUNTIME_DIR", tmp.toString());
    env.put("NETAUDIT_LOCK_DIR", tmp.toString());
    // The config file example is checked by its own mark; as the system file it would also set
    // output-dir for every later example (and -o with --output-dir is refused).
    env.put("NETAUDIT_SYSTEM_CONFIG", tmp.resolve("no-system.conf").toString());
    env.put("NETAUDIT_PORT", Integer.toString(network.port()));
    env.put("NETAUDIT_EXCLUDE_FILE", offLoopback.toString());
    env.put("TERM", "dumb");
    return new Workspace(root, work, env);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path dst = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(f, dst, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The root for system paths, the working directory and the environment of every line. */
  private record Workspace(Path root, Path work, Map<String, String> env) {
    Path path(String name) {
      Path p = Path.of(new ExampleRewrite(root).apply(name));
      return p.isAbsolute() ? p : work.resolve(p);
    }

    /** Runs one line; returns the failure (one entry) or nothing. */
    List<String> run(int line, String shown, String command, boolean netaudit)
        throws IOException, InterruptedException {
      String rewritten = new ExampleRewrite(root).apply(command);
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-o", "pipefail", "-c", rewritten)
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.environment().putAll(env);
      Path log = Files.createTempFile(work.getParent(), "line-", ".log");
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      if (!p.waitFor(LINE_TIMEOUT_S, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return List.of("README.md:" + line + ": " + shown + ": still running after 180 s");
      }
      int rc = p.exitValue();
      boolean ok = rc == 0 || (netaudit && rc == 1);
      if (ok) {
        return List.of();
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      return List.of(
          "README.md:"
              + line
              + ": "
              + shown
              + " (run as: "
              + rewritten
              + "): exit "
              + rc
              + "\n"
              + out.substring(Math.max(0, out.length() - 2000)));
    }
  }
}
