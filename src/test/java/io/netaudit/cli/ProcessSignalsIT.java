package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as cron and systemd run it: real processes, real signals, a real second run.
 * Failsafe runs this in integration-test, after package has built target/netaudit.jar. Silent
 * targets on loopback only.
 */
class ProcessSignalsIT {
  private static final String SILENT =
      "127.0.60.0/22"; // nobody listens on port 1 there: 1024 silent targets

  @TempDir Path dir;

  private static Path jar() {
    Path jar = Path.of(System.getProperty("netaudit.jar", "target/netaudit.jar"));
    assumeTrue(Files.isRegularFile(jar), "needs the packaged jar (mvn verify)");
    return jar;
  }

  private Process start(Path stderr, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-jar",
                jar().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectError(stderr.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("XDG_CONFIG_HOME");
    pb.environment().put("HOME", dir.toString()); // no user config of the machine
    pb.environment().put(ConfigDefaults.SYSTEM_FILE_ENV, dir.resolve("no-system.conf").toString());
    return pb.start();
  }

  private String[] slowScan(Path report) {
    return new String[] {
      "scan",
      "-p",
      "1",
      "--timeout",
      "300ms",
      "--retries",
      "0",
      "--rate",
      "100",
      "--depth",
      "system",
      "--progress",
      "always",
      "--all-targets",
      "-o",
      report.toString(),
      SILENT
    };
  }

  /**
   * Waits for a progress line that counts a request sent: the sweep is running, so the stop handler
   * is registered (any earlier stderr line, such as a warning about the targets, comes before
   * that).
   */
  private static void awaitSweep(Path stderr) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    // A progress line with at least one request out: the first frame can say "0/1024 sent", and a
    // stop before anything was sent leaves no in-flight row to finish.
    java.util.regex.Pattern sending =
        java.util.regex.Pattern.compile("netaudit: [1-9][0-9,.]*[KM]?/");
    while (!sending.matcher(Files.readString(stderr)).find()) {
      assertThat(System.nanoTime()).as("the scan started sweeping").isLessThan(deadline);
      Thread.sleep(50);
    }
    Thread.sleep(300);
  }

  @Test
  void sigtermFinishesInFlightAndLeavesAnIncompleteReportBesideThePreviousOne() throws Exception {
    checkStop("TERM", 143);
  }

  @Test
  void sigintDoesTheSameWith130() throws Exception {
    checkStop("INT", 130);
  }

  private void checkStop(String signal, int expected) throws Exception {
    Path report = dir.resolve("r.csv");
    Files.writeString(report, "previous\r\n");
    Path err = dir.resolve("err.txt");
    Process p = start(err, slowScan(report));
    awaitSweep(err);
    long t0 = System.nanoTime();
    assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor())
        .isZero();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as(stderr).isEqualTo(expected);
    assertThat(ms).as("drain bounded by timeout x attempts").isLessThan(10_000);
    assertThat(Files.readString(report)).isEqualTo("previous\r\n");
    List<String> rows = Files.readAllLines(dir.resolve("r.csv.incomplete"));
    assertThat(rows.get(0)).startsWith("address,status,");
    assertThat(rows.size()).isBetween(2, 1024);
    assertThat(stderr).contains("stopped by SIG" + signal + ": the report is INCOMPLETE");
  }

  @Test
  void aSecondProcessExits75WithOneLineWhileTheFirstRuns() throws Exception {
    Path report = dir.resolve("r.csv");
    Path err = dir.resolve("err.txt");
    Process first = start(err, slowScan(report));
    try {
      awaitSweep(err);
      Path err2 = dir.resolve("err2.txt");
      long t0 = System.nanoTime();
      Process second = start(err2, "scan", "-p", "1", "-o", report.toString(), "127.0.63.1");
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertThat(second.exitValue()).isEqualTo(75);
      List<String> lines = Files.readAllLines(err2);
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).contains("another run (pid " + first.pid() + ") holds");
      // JVM start included; printed, not asserted (a shared machine's load makes wall time noise).
      System.out.println("second run: exit 75 after " + ms + " ms");
    } finally {
      first.destroyForcibly();
      first.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void thePackagedJarLogsThroughLogbackIntoTheLogFile() throws Exception {
    Path log = dir.resolve("netaudit.log");
    Path err = dir.resolve("err.txt");
    Process p =
        start(
            err,
            "scan",
            "-p",
            "1",
            "--timeout",
            "100ms",
            "--retries",
            "0",
            "--progress",
            "never",
            "--log-file",
            log.toString(),
            "-o",
            dir.resolve("r.csv").toString(),
            "127.0.63.1");
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    // No "SLF4J: No SLF4J providers" fallback to NOP: the shaded jar kept META-INF/services.
    assertThat(Files.readString(err)).doesNotContain("SLF4J");
    assertThat(Files.readString(log))
        .containsPattern("INFO +ScheduleOptions: scan done: 1 targets");
  }

  static String read(InputStream in) throws Exception {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
