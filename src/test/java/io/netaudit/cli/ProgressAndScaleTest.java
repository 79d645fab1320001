package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.report.AddressOrder;
import io.netaudit.testing.Mibs;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line end to end, --list-targets at scale, and --all-targets rows streamed in address
 * order.
 */
class ProgressAndScaleTest {
  private static SimulatedNetwork network;

  @TempDir Path dir;

  @BeforeAll
  static void startNetwork() throws Exception {
    network =
        SimulatedNetwork.start(
            List.of(
                new SimulatedDevice(
                    ip(2),
                    Mibs.system(
                        "Huawei Versatile Routing Platform Software",
                        "1.3.6.1.4.1.2011.2.23.421",
                        "core")),
                new SimulatedDevice(
                    ip(9),
                    Mibs.system(
                        "Cisco IOS Software, C2960X Software, Version 15.2(7)E4",
                        "1.3.6.1.4.1.9.1.1208",
                        "access"))),
            0);
  }

  @AfterAll
  static void stopNetwork() throws Exception {
    network.close();
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 43, (byte) host});
  }

  private static String[] scan(String... extra) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(network.port()),
                "--retries",
                "0",
                "--rate",
                "2000",
                "--fail-on",
                "never"));
    if (!List.of(extra).contains("--timeout")) {
      all.addAll(List.of("--timeout", "200ms"));
    }
    all.addAll(List.of(extra));
    return all.toArray(new String[0]);
  }

  @Test
  void progressAlwaysReachesStderrAndIsErasedBeforeTheSummary() {
    // 32 targets, 600 ms timeout: the sweep outlasts two 250 ms ticks.
    CliRun run =
        CliRun.of(
            scan(
                "-o",
                dir.resolve("r.csv").toString(),
                "--progress=always",
                "--timeout",
                "600ms",
                "127.0.43.0/27"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    String err = run.err();
    assertThat(err)
        .contains("\rnetaudit: ")
        .contains(" sent (")
        .contains(" findings ")
        .contains(ProgressMeter.CLEAR_EOL);
    int erase = err.lastIndexOf("\r" + ProgressMeter.CLEAR_EOL);
    assertThat(erase).as("the line is erased").isGreaterThanOrEqualTo(0);
    String after = err.substring(erase + 1 + ProgressMeter.CLEAR_EOL.length());
    assertThat(after).startsWith("netaudit: 32 targets, 2 answered").doesNotContain("\r");
    String frames = err.substring(0, erase);
    assertThat(frames).as("every frame is a redraw, no newline").doesNotContain("\n");
    assertThat(frames.split("\r", -1).length).as("several frames").isGreaterThan(2);
  }

  @Test
  void neverQuietOrNoTerminalPrintNoProgress() {
    String report = dir.resolve("q.csv").toString();
    CliRun never = CliRun.of(scan("-o", report, "--progress", "never", "127.0.43.0/29"));
    CliRun quiet = CliRun.of(scan("-o", report, "--progress", "always", "-q", "127.0.43.0/29"));
    CliRun dumb = CliRun.of(Map.of("TERM", "dumb"), "", scan("-o", report, "127.0.43.0/29"));
    CliRun pipe =
        CliRun.of(
            Map.of("TERM", "xterm", "NETAUDIT_STDERR_TTY", "0"),
            "",
            scan("-o", report, "127.0.43.0/29"));
    assertThat(never.err()).doesNotContain("\r").startsWith("netaudit: 8 targets");
    assertThat(quiet.err()).isEmpty();
    assertThat(dumb.err()).doesNotContain("\r");
    assertThat(pipe.err()).doesNotContain("\r");
  }

  @Test
  void badProgressValueIsAUsageError() {
    CliRun run = CliRun.of(scan("--progress", "sometimes", "127.0.43.1"));
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--progress");
  }

  @Test
  void listTargetsStreamsASlash12InConstantMemory() {
    CountingStream counter = new CountingStream();
    CliContext ctx =
        new CliContext(
            new PrintStream(counter, false, StandardCharsets.US_ASCII),
            new PrintStream(OutputStream.nullOutputStream()),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            Clock.systemUTC());
    int code = Cli.run(ctx, "scan", "--list-targets", "10.16.0.0/12");
    assertThat(code).isZero();
    assertThat(counter.lines).isEqualTo(1 << 20);
    // 10.16.0.0 .. 10.31.255.255: every line is "10." + 3 octets; count the bytes exactly.
    long bytes = 0;
    for (int b = 16; b < 32; b++) {
      for (int c = 0; c < 256; c++) {
        for (int d = 0; d < 256; d++) {
          bytes += 3 + digits(b) + 1 + digits(c) + 1 + digits(d) + 1;
        }
      }
    }
    assertThat(counter.bytes).isEqualTo(bytes);
    assertThat(counter.last).isEqualTo("10.31.255.255");
  }

  @Test
  void listTargetsKeepsIpv6Text() {
    CliRun run = CliRun.of("scan", "--list-targets", "10.0.0.254/31", "::1", "192.168.7.9");
    assertThat(run.out().lines()).containsExactly("10.0.0.254", "10.0.0.255", "::1", "192.168.7.9");
  }

  private static int digits(int v) {
    return v >= 100 ? 3 : v >= 10 ? 2 : 1;
  }

  @Test
  void allTargetsRowsAreSortedByAddressEvenWhenSpecsAreNot() throws Exception {
    Path csv = dir.resolve("all.csv");
    // Spec order is .16-.23, then .0-.15 minus .5: not sorted; .9 and .2 answer.
    CliRun run =
        CliRun.of(
            scan(
                "-o",
                csv.toString(),
                "--format",
                "csv,jsonl",
                "--all-targets",
                "--exclude",
                "127.0.43.5",
                "127.0.43.16/29",
                "127.0.43.0/28"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(Files.readString(csv)))
            .getRecords();
    List<String> addresses = rows.stream().map(r -> r.get("address")).toList();
    List<InetAddress> parsed = new ArrayList<>();
    for (String a : addresses) {
      parsed.add(InetAddress.getByName(a));
    }
    assertThat(parsed).hasSize(23).doesNotHaveDuplicates().isSortedAccordingTo(new AddressOrder());
    assertThat(addresses).doesNotContain("127.0.43.5");
    assertThat(rows.stream().filter(r -> r.get("status").equals("NO_RESPONSE")).count())
        .isEqualTo(21);
    CSVRecord silent = rows.get(0);
    assertThat(silent.get("status")).isEqualTo("NO_RESPONSE");
    assertThat(silent.get("detail")).isEqualTo("no reply");
    assertThat(silent.get("polled_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
    assertThat(rows.get(2).get("status")).isEqualTo("RESTRICTED");
    List<String> jsonl = Files.readAllLines(dir.resolve("all.jsonl"));
    assertThat(jsonl).hasSize(23);
    for (int i = 0; i < 23; i++) {
      assertThat(jsonl.get(i)).contains("\"host\":{\"ip\":[\"" + addresses.get(i) + "\"]");
    }
    assertThat(run.err()).contains("23 targets").contains("NO_RESPONSE 21").contains("(23 rows)");
  }

  /** Counts lines and bytes and keeps only the last line: never the whole output. */
  private static final class CountingStream extends OutputStream {
    long bytes;
    long lines;
    private final StringBuilder current = new StringBuilder();
    String last = "";

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
        last = current.toString();
        current.setLength(0);
      } else {
        current.append((char) b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }
}
