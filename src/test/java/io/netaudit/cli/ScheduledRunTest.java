package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.report.ReportFormat;
import io.netaudit.testing.Mibs;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled runs in-process: report sets, latest, --keep, the lock, a stop signal, the log file.
 */
class ScheduledRunTest {
  private static final String NET = "127.0.61.0/29";
  private static SimulatedNetwork network;

  @TempDir Path dir;

  @BeforeAll
  static void startNetwork() throws Exception {
    network =
        SimulatedNetwork.start(
            List.of(
                device(
                    1,
                    "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170",
                    "1.3.6.1.4.1.2011.2.23.421"),
                device(
                    2,
                    "Cisco IOS Software, C2960X Software, Version 15.2(7)E4",
                    "1.3.6.1.4.1.9.1.1208")),
            0);
  }

  @AfterAll
  static void stopNetwork() throws Exception {
    network.close();
  }

  private static SimulatedDevice device(int host, String descr, String oid) throws Exception {
    return new SimulatedDevice(
        InetAddress.getByAddress(new byte[] {127, 0, 61, (byte) host}),
        Mibs.system(descr, oid, "dev-" + host));
  }

  private static String[] scan(String... extra) {
    return scanAt("2000", extra);
  }

  private static String[] scanAt(String rate, String... extra) {
    String[] base = {
      "scan",
      "-p",
      Integer.toString(network.port()),
      "--timeout",
      "500ms",
      // One retry: on a loaded machine one answer in a few hundred came late with none (once
      // COMPLIANT 0, NO_RESPONSE 7); the silent addresses cost a second more per run.
      "--retries",
      "1",
      "--rate",
      rate,
      "--depth",
      "system",
      "--progress",
      "never"
    };
    return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
  }

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void outputDirWritesATimestampedSetWithSidecarLatestAndKeep() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Files.writeString(dir.resolve("netaudit-old-copy.csv"), "not of the pattern");
    CliRun first = CliRun.of(scan("--output-dir", dir.toString(), "--format", "csv,jsonl", NET));
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);

    List<String> sets =
        names().stream().filter(n -> n.matches("netaudit-\\d{8}T\\d{6}Z\\.csv")).toList();
    assertThat(sets).hasSize(1);
    String stamp =
        sets.get(0).substring("netaudit-".length(), sets.get(0).length() - ".csv".length());
    Path csv = dir.resolve("netaudit-" + stamp + ".csv");
    Path summary = dir.resolve("netaudit-" + stamp + ".summary.json");
    assertThat(dir.resolve("netaudit-" + stamp + ".jsonl")).isRegularFile();
    String json = Files.readString(summary);
    assertThat(json)
        .contains(
            "\"complete\": true",
            "\"RESTRICTED\": 1",
            "\"COMPLIANT\": 1",
            "\"sha256\": \"" + ReportSet.sha256(csv) + "\"",
            "\"tool\": \"netaudit ",
            "\"newest_advisory\": \"20",
            "\"exit_code\": 1",
            "IANA PEN");
    assertThat(Files.isSymbolicLink(dir.resolve("latest.csv"))).isTrue();
    assertThat(Files.readSymbolicLink(dir.resolve("latest.csv")))
        .isEqualTo(Path.of("netaudit-" + stamp + ".csv"));
    assertThat(Files.readString(dir.resolve("latest.summary.json"))).isEqualTo(json);
    assertThat(dir.resolve(RunLock.NAME)).exists();

    CliRun second =
        CliRun.of(
            scan("--output-dir", dir.toString(), "--format", "csv,jsonl", "--keep", "1", NET));
    assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
    List<String> after = names();
    assertThat(after)
        .doesNotContain(csv.getFileName().toString(), summary.getFileName().toString())
        .contains(
            "notes.txt",
            "netaudit-old-copy.csv",
            "latest.csv",
            "latest.jsonl",
            "latest.summary.json");
    assertThat(after.stream().filter(n -> n.matches("netaudit-\\d{8}T\\d{6}Z\\..*"))).hasSize(3);
    assertThat(dir.resolve("latest.csv")).exists(); // points at the kept set
  }

  @Test
  void keepPrunesTheFilesOfEveryFormat() throws Exception {
    String old = "netaudit-20260101T000000Z.";
    String kept = "netaudit-20260102T000000Z.";
    for (String stamp : List.of(old, kept)) {
      for (ReportFormat f : ReportFormat.values()) {
        Files.writeString(dir.resolve(stamp + f.extension()), "x");
      }
      Files.writeString(dir.resolve(stamp + "summary.json"), "{}");
    }

    ReportSet.prune(dir, 1);

    for (ReportFormat f : ReportFormat.values()) {
      assertThat(dir.resolve(old + f.extension())).as(f.name()).doesNotExist();
      assertThat(dir.resolve(kept + f.extension())).as(f.name()).exists();
    }
    assertThat(ReportSet.OWN.matcher(old + "cdx.json.incomplete").matches()).isTrue();
    assertThat(ReportSet.OWN.matcher("netaudit-old-copy.csv").matches()).isFalse();
  }

  @Test
  void outputAndOutputDirTogetherIsAUsageError() {
    CliRun run =
        CliRun.of(scan("--output-dir", dir.toString(), "-o", dir.resolve("r.csv").toString(), NET));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not both");
  }

  @Test
  void aSecondRunExits75AtOnceWhileTheLockIsHeld() throws Exception {
    try (RunLock held = RunLock.acquire(dir.resolve(RunLock.NAME))) {
      long t0 = System.nanoTime();
      CliRun run = CliRun.of(scan("-o", dir.resolve("r.csv").toString(), NET));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertThat(run.exitCode()).isEqualTo(75);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err())
          .contains("another run (pid " + ProcessHandle.current().pid() + ") holds " + dir);
      System.out.println("locked out: exit 75 after " + ms + " ms"); // printed, not asserted
      assertThat(dir.resolve("r.csv")).doesNotExist();
    }
    CliRun after = CliRun.of(scan("-o", dir.resolve("r.csv").toString(), NET));
    assertThat(after.exitCode()).as("released: runs again").isEqualTo(1);
  }

  @Test
  void aStopLeavesThePreviousReportAndAnIncompleteOne() throws Exception {
    Path report = dir.resolve("r.csv");
    Files.writeString(report, "previous complete report\r\n");
    Files.writeString(dir.resolve(".r.csv.tmp-123"), "debris of a killed run");
    // 127.0.62.0/22: 1024 silent addresses at 100 pkt/s, ten seconds: stopped long before.
    CompletableFuture<CliRun> run =
        CompletableFuture.supplyAsync(
            () ->
                CliRun.of(
                    scanAt("100", "--all-targets", "-o", report.toString(), NET, "127.0.62.0/22")));
    StopSignals.Active active = awaitActive(run);
    Thread.sleep(1000); // well into the sweep, not still loading
    assertThat(StopSignals.stop(active, "SIGTERM", 143)).isTrue();
    assertThat(StopSignals.stop(active, "SIGTERM", 143))
        .as("a second signal is not a second stop")
        .isFalse();
    CliRun done = run.get(20, TimeUnit.SECONDS);

    assertThat(done.exitCode()).as(done.err()).isEqualTo(143);
    assertThat(Files.readString(report)).isEqualTo("previous complete report\r\n");
    Path incomplete = dir.resolve("r.csv.incomplete");
    List<String> lines = Files.readAllLines(incomplete, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("address,status,");
    assertThat(lines.size() - 1).isBetween(2, 1000);
    assertThat(done.err()).contains("stopped by SIGTERM: the report is INCOMPLETE: " + incomplete);
    assertThat(dir.resolve(".r.csv.tmp-123"))
        .as("stale temp file removed under the lock")
        .doesNotExist();
  }

  @Test
  void aStoppedSetIsMarkedAndLatestStays() throws Exception {
    CliRun first = CliRun.of(scan("--output-dir", dir.toString(), NET));
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    Path latest = Files.readSymbolicLink(dir.resolve("latest.csv"));
    CompletableFuture<CliRun> run =
        CompletableFuture.supplyAsync(
            () ->
                CliRun.of(
                    scanAt(
                        "100",
                        "--output-dir",
                        dir.toString(),
                        "--keep",
                        "1",
                        NET,
                        "127.0.62.0/22")));
    StopSignals.Active active = awaitActive(run);
    Thread.sleep(
        1000); // well into the sweep (at 100 packets/s it lasts many seconds), not still loading
    StopSignals.stop(active, "SIGINT", 130);
    CliRun done = run.get(20, TimeUnit.SECONDS);
    assertThat(done.exitCode()).as(done.err()).isEqualTo(130);
    assertThat(Files.readSymbolicLink(dir.resolve("latest.csv"))).isEqualTo(latest);
    List<String> incomplete = names().stream().filter(n -> n.endsWith(".incomplete")).toList();
    assertThat(incomplete)
        .hasSize(2)
        .anyMatch(n -> n.endsWith(".csv.incomplete"))
        .anyMatch(n -> n.endsWith(".summary.json.incomplete"));
    String sidecar =
        Files.readString(
            dir.resolve(
                incomplete.stream().filter(n -> n.contains("summary")).findFirst().orElseThrow()));
    assertThat(sidecar)
        .contains("\"complete\": false", "\"stopped_by\": \"SIGINT\"", "\"exit_code\": 130");
    assertThat(dir.resolve(latest)).as("--keep never prunes on a stopped run").exists();
  }

  @Test
  void logFileGetsTheEventsAndStderrStaysQuiet() throws Exception {
    Path log = dir.resolve("logs/netaudit.log");
    Files.createDirectories(log.getParent());
    CliRun run =
        CliRun.of(
            Map.of(),
            "",
            scan("--log-file", log.toString(), "-o", dir.resolve("r.csv").toString(), NET));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String text = Files.readString(log);
    assertThat(text)
        .containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO ")
        .contains("scan done: 8 targets, 2 answered");
    assertThat(text).doesNotContain("\tat ");
    Logging.configure(0);
  }

  private static StopSignals.Active awaitActive(CompletableFuture<CliRun> run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (StopSignals.active() == null) {
      if (run.isDone()) {
        throw new AssertionError("the scan ended before it was stopped: " + run.get());
      }
      assertThat(System.nanoTime()).as("the scan started").isLessThan(deadline);
      Thread.sleep(20);
    }
    return StopSignals.active();
  }
}
