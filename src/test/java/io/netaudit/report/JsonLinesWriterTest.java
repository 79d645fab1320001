package io.netaudit.report;

import static io.netaudit.report.TestRows.filesIn;
import static io.netaudit.report.TestRows.parseFlatObject;
import static io.netaudit.report.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesWriterTest {
  @TempDir Path dir;

  @Test
  void theStrictReaderRejectsWhatTheWriterMustNeverWrite() {
    assertThat(parseFlatObject("{\"a\":\"x\",\"b\":\"\\u00e9\"}")).containsEntry("b", "\u00e9");
    for (String bad :
        List.of(
            "{\"a\":\"raw\u0001control\"}",
            "{\"a\":\"x\",\"a\":\"y\"}",
            "{\"a\":\"x\"} trailing",
            "{\"a\":\"lone \\ud800 escape\"}",
            "{\"a\":1}",
            "{\"a\":\"bad \\x escape\"}",
            "[\"not an object\"]")) {
      assertThatThrownBy(() -> parseFlatObject(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void oneObjectPerLineWithTheCsvHeadersAsKeysInCsvOrder() throws Exception {
    List<ReportRow> rows =
        List.of(
            row("10.0.0.10", "RESTRICTED", "Huawei", "Huawei VRP\r\nVersion 5.170\nline3"),
            row("10.0.0.9", "COMPLIANT", "Cisco", "=cmd|' /C calc'!A0"),
            row("2001:db8::5", "REVIEW", null, null));

    String out = writeToString(rows, r -> Map.of());

    assertThat(out).endsWith("\n").doesNotContain("\r");
    List<String> lines = Arrays.asList(out.split("\n"));
    assertThat(lines).hasSize(3);
    List<Map<String, String>> objects = lines.stream().map(TestRows::parseFlatObject).toList();
    List<String> headers = Stream.of(ReportColumn.values()).map(ReportColumn::header).toList();
    assertThat(objects).allSatisfy(o -> assertThat(o.keySet()).containsExactlyElementsOf(headers));
    assertThat(objects)
        .extracting(o -> o.get("address"))
        .containsExactly("10.0.0.9", "10.0.0.10", "2001:db8::5");
    // Exact text, not the CSV's spreadsheet-safe version.
    assertThat(objects.get(0).get("sys_descr")).isEqualTo("=cmd|' /C calc'!A0");
    assertThat(objects.get(1).get("sys_descr")).isEqualTo("Huawei VRP\r\nVersion 5.170\nline3");
    assertThat(objects.get(2).get("vendor")).isEmpty();
    assertThat(objects.get(2).get("sys_descr")).isEmpty();
  }

  @Test
  void rawHexKeysFollowTheirColumnOnlyWhenGiven() throws Exception {
    byte[] latin1 = {'H', 'u', 'a', 'w', 'e', 'i', ' ', (byte) 0xA9, (byte) 0xFF};
    ReportRow odd =
        row("10.0.0.1", "RESTRICTED", "Huawei", new String(latin1, StandardCharsets.ISO_8859_1));
    ReportRow clean = row("10.0.0.2", "COMPLIANT", "Cisco", "Cisco IOS");
    RawHex raw =
        new RawHex()
            .put(odd, ReportColumn.SYS_DESCR, latin1)
            .put(odd, ReportColumn.SYS_NAME, new byte[0]);

    String out = writeToString(List.of(clean, odd), raw::forRow);

    List<Map<String, String>> objects = out.lines().map(TestRows::parseFlatObject).toList();
    // Sorted by address: odd (10.0.0.1) first.
    assertThat(objects.get(1)).doesNotContainKey("sys_descr_hex");
    List<String> keys = List.copyOf(objects.get(0).keySet());
    assertThat(keys.get(keys.indexOf("sys_descr") + 1)).isEqualTo("sys_descr_hex");
    assertThat(keys).doesNotContain("sys_name_hex");
    assertThat(objects.get(0).get("sys_descr_hex")).isEqualTo("48756177656920a9ff");
    assertThat(objects.get(0).get("sys_descr")).isEqualTo("Huawei ©ÿ");
  }

  @Test
  void rawHexForAnUnknownColumnIsRejected() {
    ReportRow r = row("10.0.0.1", "COMPLIANT", "x", "y");
    assertThatThrownBy(() -> JsonLinesWriter.toJson(r, Map.of("nonsense", "00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RawHex().putHex(r, ReportColumn.SYS_DESCR, "0G"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outputIsStrictUtf8WithoutBom() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesWriter(out)
        .write("-", List.of(row("10.0.0.1", "COMPLIANT", "x", "é lone\uD800 \uD83D\uDE00")));
    byte[] bytes = out.toByteArray();

    assertThat(bytes[0]).isEqualTo((byte) '{');
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    assertThat(parseFlatObject(text.strip()).get("sys_descr"))
        .isEqualTo("é lone\uFFFD \uD83D\uDE00");
  }

  @Test
  void noRowsIsAnEmptyFile() throws Exception {
    Path report = dir.resolve("report.jsonl");
    new JsonLinesWriter(OutputStream.nullOutputStream()).write(report.toString(), List.of());
    assertThat(Files.size(report)).isZero();
  }

  @Test
  void failureMidWriteLeavesThePreviousReportAndNoTempFile() throws Exception {
    Path report = dir.resolve("report.jsonl");
    Files.writeString(report, "{\"previous\":\"complete\"}\n");
    JsonLinesWriter failing =
        new JsonLinesWriter(OutputStream.nullOutputStream(), TestRows.FailAfter::new);
    List<ReportRow> rows =
        Stream.iterate(1, i -> i + 1)
            .limit(2000)
            .map(i -> row("10.0." + (i / 250) + "." + (i % 250), "COMPLIANT", "x", "y".repeat(100)))
            .collect(Collectors.toList());

    assertThatThrownBy(() -> failing.write(report.toString(), rows))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(Files.readString(report)).isEqualTo("{\"previous\":\"complete\"}\n");
    assertThat(filesIn(dir)).containsExactly("report.jsonl");
  }

  @Test
  void successfulWriteReplacesThePreviousReport() throws Exception {
    Path report = dir.resolve("report.jsonl");
    Files.writeString(report, "old\n");

    new JsonLinesWriter(OutputStream.nullOutputStream())
        .write(report.toString(), List.of(row("10.0.0.1", "COMPLIANT", "a", "b")));

    assertThat(Files.readString(report))
        .startsWith("{\"address\":\"10.0.0.1\",\"status\":\"COMPLIANT\",");
    assertThat(filesIn(dir)).containsExactly("report.jsonl");
  }

  private static String writeToString(
      List<ReportRow> rows, java.util.function.Function<ReportRow, Map<String, String>> hex)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesWriter(out).write("-", rows, hex);
    return out.toString(StandardCharsets.UTF_8);
  }
}
