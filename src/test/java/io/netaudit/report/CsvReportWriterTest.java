package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {
  private static final String HEADER =
      "address,status,vendor,advisories,confidence,evidence,sys_descr,sys_object_id,enterprise_number,sys_name,"
          + "sys_location,model,firmware,snmp_version,polled_at,sys_contact,sys_uptime,credential,detail,"
          + "row_type,component_index,component_class,component_model,component_serial,component_mfg,seen_by,"
          + "mac,port,vlan,site,first_seen,last_seen,deadline,deadline_advisory,waiver,waiver_expires,"
          + "waiver_state,cpe_hardware,cpe_firmware";

  @TempDir Path dir;

  @Test
  void matchesTheGoldenFileByteForByte() throws Exception {
    Path report = dir.resolve("report.csv");
    List<ReportRow> rows =
        List.of(
            row(
                "2001:db8::5",
                AuditStatus.COMPLIANT,
                "Cisco IOS Software, C2960 Software, Version 15.0(2)SE"),
            row(
                "10.0.0.10",
                AuditStatus.RESTRICTED,
                "Huawei Versatile Routing Platform Software\r\nVRP (R) software,Version 5.170\r\nCopyright (C) 2007 Huawei Technologies Co., Ltd."),
            row("10.0.0.9", AuditStatus.REVIEW, "H3C Switch S5120-28P-SI \"Comware\" =cmd"),
            ReportRow.builder(addr("10.0.0.2"), AuditStatus.NO_RESPONSE)
                .snmpVersion("v2c")
                .polledAt(Instant.parse("2025-01-02T03:04:05Z"))
                .detail("timeout after 2 retries")
                .build());

    new CsvReportWriter(OutputStream.nullOutputStream()).write(report.toString(), rows);

    assertThat(Files.readAllBytes(report)).isEqualTo(golden("golden/report-basic.csv"));
  }

  @Test
  void formulaPayloadsAreNeutralisedInEveryDeviceColumn() throws Exception {
    String[] payloads = {
      "=HYPERLINK(\"http://x\",\"y\")",
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "-2+3",
      "\t=1+1",
      "\r=1+1"
    };
    List<ReportRow> rows =
        Stream.of(payloads)
            .map(
                p ->
                    ReportRow.builder(addr("10.0.0." + (p.length())), AuditStatus.COMPLIANT)
                        .vendor("x")
                        .confidence("HIGH")
                        .evidence(List.of(EvidenceItem.note(p)))
                        .sysDescr(p)
                        .sysName(p)
                        .sysLocation(p)
                        .model(p)
                        .firmware(p)
                        .snmpVersion("v2c")
                        .sysContact(p)
                        .build())
            .collect(Collectors.toList());

    List<CSVRecord> records = parse(writeToString(rows));

    assertThat(records).hasSize(payloads.length);
    for (CSVRecord record : records) {
      for (String column :
          List.of(
              "evidence",
              "sys_descr",
              "sys_name",
              "sys_location",
              "model",
              "firmware",
              "sys_contact")) {
        assertThat(record.get(column)).startsWith("'");
      }
    }
  }

  @Test
  void awkwardContentRoundTripsWithOneLinePerRow() throws Exception {
    String tricky = "a,b \"quoted\", c\r\nsecond line\nthird\rfourth";
    List<ReportRow> rows =
        List.of(
            row("10.0.0.1", AuditStatus.COMPLIANT, tricky),
            row("10.0.0.2", AuditStatus.COMPLIANT, "plain"));

    String csv = writeToString(rows);

    assertThat(csv.split("\r\n", -1)).hasSize(4).endsWith("");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    List<CSVRecord> records = parse(csv);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.size()).isEqualTo(ReportColumn.values().length));
    assertThat(records.get(0).get("sys_descr"))
        .isEqualTo("a,b \"quoted\", c | second line | third | fourth");
  }

  @Test
  void outputIsValidUtf8WithoutBomAndControlsVisible() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportWriter(out)
        .write(
            "-",
            List.of(
                row(
                    "10.0.0.1",
                    AuditStatus.COMPLIANT,
                    "Ã¿Ã¾ \uFFFD nul\u0000 esc\u001b[2J lone\uD800")));
    byte[] bytes = out.toByteArray();

    assertThat(bytes[0]).isEqualTo((byte) 'a');
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    assertThat(parse(text).get(0).get("sys_descr"))
        .isEqualTo("Ã¿Ã¾ \uFFFD nul\\x00 esc\\x1b[2J lone\uFFFD");
  }

  @Test
  void a64KiBCellStaysOneCell() throws Exception {
    String big = "VRP ".repeat(16 * 1024);
    List<CSVRecord> records =
        parse(writeToString(List.of(row("10.0.0.1", AuditStatus.COMPLIANT, big))));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("sys_descr")).isEqualTo(big);
  }

  @Test
  void rowsAreSortedByAddressIpv4First() throws Exception {
    List<ReportRow> rows =
        List.of(
            row("::1", AuditStatus.COMPLIANT, "a"),
            row("10.0.0.10", AuditStatus.COMPLIANT, "b"),
            row("10.0.0.9", AuditStatus.COMPLIANT, "c"),
            row("2.0.0.1", AuditStatus.COMPLIANT, "d"));

    List<String> order =
        parse(writeToString(rows)).stream().map(r -> r.get("address")).collect(Collectors.toList());

    assertThat(order).containsExactly("2.0.0.1", "10.0.0.9", "10.0.0.10", "::1");
  }

  @Test
  void failureMidWriteLeavesThePreviousReportAndNoTempFile() throws Exception {
    Path report = dir.resolve("report.csv");
    Files.writeString(report, "previous complete report\r\n");
    CsvReportWriter failing =
        new CsvReportWriter(OutputStream.nullOutputStream(), TestRows.FailAfter::new);
    List<ReportRow> rows =
        Stream.iterate(1, i -> i + 1)
            .limit(2000)
            .map(
                i ->
                    row(
                        "10.0." + (i / 250) + "." + (i % 250),
                        AuditStatus.COMPLIANT,
                        "x".repeat(100)))
            .collect(Collectors.toList());

    assertThatThrownBy(() -> failing.write(report.toString(), rows))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(Files.readString(report)).isEqualTo("previous complete report\r\n");
    assertThat(filesIn(dir)).containsExactly("report.csv");
  }

  @Test
  void failingRowSourceLeavesThePreviousReportAndNoTempFile() throws Exception {
    Path report = dir.resolve("report.csv");
    Files.writeString(report, "previous complete report\r\n");
    List<ReportRow> good = List.of(row("10.0.0.1", AuditStatus.COMPLIANT, "a"));
    AbstractCollection<ReportRow> broken =
        new AbstractCollection<>() {
          @Override
          public Iterator<ReportRow> iterator() {
            throw new IllegalStateException("scan results unavailable");
          }

          @Override
          public Object[] toArray() {
            throw new IllegalStateException("scan results unavailable");
          }

          @Override
          public int size() {
            return good.size();
          }
        };

    assertThatThrownBy(
            () ->
                new CsvReportWriter(OutputStream.nullOutputStream())
                    .write(report.toString(), broken))
        .isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(report)).isEqualTo("previous complete report\r\n");
    assertThat(filesIn(dir)).containsExactly("report.csv");
  }

  @Test
  void successfulWriteReplacesThePreviousReport() throws Exception {
    Path report = dir.resolve("report.csv");
    Files.writeString(report, "previous complete report\r\n");

    new CsvReportWriter(OutputStream.nullOutputStream())
        .write(report.toString(), List.of(row("10.0.0.1", AuditStatus.COMPLIANT, "a")));

    assertThat(Files.readString(report)).startsWith(HEADER + "\r\n10.0.0.1,COMPLIANT,");
    assertThat(filesIn(dir)).containsExactly("report.csv");
  }

  @Test
  void dashWritesToTheGivenStreamAndLeavesItOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new CsvReportWriter(out).write("-", List.of());

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HEADER + "\r\n");
    assertThat(filesIn(dir)).isEmpty();
  }

  private static ReportRow row(String address, AuditStatus status, String sysDescr) {
    return ReportRow.builder(addr(address), status)
        .vendor("vendor")
        .confidence("HIGH")
        .evidence(List.of(EvidenceItem.note("sysDescr")))
        .sysDescr(sysDescr)
        .sysObjectId(".1.3.6.1.4.1.9.1.1")
        .enterpriseNumber(9L)
        .sysName("core-sw1")
        .sysLocation("Rack 4")
        .model("C2960")
        .firmware("15.0(2)SE")
        .snmpVersion("v2c")
        .polledAt(Instant.parse("2025-01-02T03:04:05Z"))
        .sysContact("noc@example.org")
        .sysUptime(123456L)
        .credential("lab-v2")
        .build();
  }

  private static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String writeToString(List<ReportRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportWriter(out).write("-", rows);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(csv))
        .getRecords();
  }

  private static byte[] golden(String resource) throws IOException {
    try (InputStream in =
        CsvReportWriterTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
