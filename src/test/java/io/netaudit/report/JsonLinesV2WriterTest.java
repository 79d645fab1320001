package io.netaudit.report;

import static io.netaudit.report.TestRows.addr;
import static io.netaudit.report.TestRows.filesIn;
import static io.netaudit.report.TestRows.parseStrict;
import static io.netaudit.report.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netaudit.testing.JsonSchemas;
import io.netaudit.text.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines v2: typed, ECS-named, every line valid against the shipped JSON Schema. */
class JsonLinesV2WriterTest {
  @TempDir Path dir;

  static final Instant POLLED = Instant.parse("2025-01-02T03:04:05.120Z");

  /** Every kind of row, absent values and hostile device text. */
  static List<ReportRow> rows() {
    List<ReportRow> rows = new ArrayList<>(HtmlFixture.rows());
    rows.add(
        ReportRow.builder(addr("10.0.0.4"), AuditStatus.RESTRICTED)
            .vendor("Huawei Technologies")
            .advisories(List.of("US-NDAA-889"))
            .confidence("medium")
            .evidence(
                List.of(
                    EvidenceItem.signal("entity_mfg", "definitive", "entPhysicalMfgName HUAWEI"),
                    EvidenceItem.verdict("Huawei is restricted")))
            .model("eSFP-GE-LX-SM1310")
            .serial("HW2107A1B2C3")
            .cpe(new CpeNames("cpe:2.3:h:huawei:esfp-ge-lx-sm1310:*:*:*:*:*:*:*:*", ""))
            .polledAt(POLLED)
            .detail("inside the Cisco chassis at 10.0.0.4")
            .subject(
                Subject.component(1001, "module", "eSFP-GE-LX-SM1310", "HW2107A1B2C3", "HUAWEI"))
            .build());
    rows.add(
        ReportRow.builder(addr("10.0.0.11"), AuditStatus.RESTRICTED)
            .vendor("ZTE Corporation")
            .sysDescr("ZXR10 ROS")
            .polledAt(POLLED)
            .detail("LLDP neighbour of 10.0.0.11 (advertised no management address)")
            .subject(Subject.neighbour(addr("10.0.0.11")))
            .build());
    rows.add(
        ReportRow.builder(addr("2001:db8::7"), AuditStatus.COMPLIANT)
            .vendor("Cisco Systems")
            .sysDescr(
                "ctl\u0000\u001b[31m del\u007f c1\u0085 ls\u2028 lone\ud800 \ud83d\ude00 \"q\"")
            .model("WS-C2960X-48FPD-L")
            .firmware("15.2(7)E4")
            .cpe(
                new CpeNames(
                    "cpe:2.3:h:cisco:ws-c2960x-48fpd-l:*:*:*:*:*:*:*:*",
                    "cpe:2.3:o:cisco:ws-c2960x-48fpd-l_firmware:15.2\\(7\\)e4:*:*:*:*:*:*:*"))
            .enterpriseNumber(4294967295L)
            .sysUptime(0L)
            .polledAt(POLLED)
            .build());
    rows.add(ReportRow.builder(addr("10.0.0.99"), AuditStatus.ERROR).build());
    return rows;
  }

  @Test
  void everyLineIsValidAgainstTheShippedSchema() throws Exception {
    List<String> lines = write(rows(), new RawHex());
    assertThat(lines).hasSize(rows().size());
    for (String line : lines) {
      assertThat(JsonSchemas.reportLineProblems(line)).as(line).isEmpty();
    }
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    String line =
        write(List.of(row("10.0.0.1", "RESTRICTED", "Huawei", "VRP")), new RawHex()).get(0);
    assertThat(JsonSchemas.reportLineProblems(line)).isEmpty();
    assertThat(
            JsonSchemas.reportLineProblems(
                line.replace("\"enterprise_number\":2011", "\"enterprise_number\":\"2011\"")))
        .isNotEmpty();
    assertThat(
            JsonSchemas.reportLineProblems(line.replace("\"schema\":\"netaudit-report-v2\",", "")))
        .isNotEmpty();
    assertThat(
            JsonSchemas.reportLineProblems(
                line.replace("\"kind\":\"verdict\"", "\"kind\":\"guess\"")))
        .isNotEmpty();
  }

  @Test
  void numbersAreNumbersListsAreArraysAbsentIsNull() throws Exception {
    JsonNode l =
        parseStrict(
            write(List.of(row("10.0.0.1", "RESTRICTED", "Huawei", "VRP")), new RawHex()).get(0));

    assertThat(l.get("schema").asText()).isEqualTo(JsonLinesV2Writer.SCHEMA);
    assertThat(l.get("@timestamp").asText()).isEqualTo("2025-01-02T03:04:05Z");
    assertThat(l.at("/event/created").asText()).isEqualTo("2025-01-02T03:04:10Z");
    assertThat(l.at("/observer/version").asText()).isEqualTo("0.1.0-test");
    assertThat(l.at("/host/ip").isArray()).isTrue();
    assertThat(l.at("/host/ip/0").asText()).isEqualTo("10.0.0.1");
    assertThat(l.at("/host/name").asText()).isEqualTo("core-sw1");
    assertThat(l.at("/device/manufacturer").asText()).isEqualTo("Huawei");
    assertThat(l.at("/device/model/name").asText()).isEqualTo("S5720");
    assertThat(l.at("/device/serial_number").isNull()).isTrue();
    JsonNode n = l.get("netaudit");
    assertThat(n.get("enterprise_number").isIntegralNumber()).isTrue();
    assertThat(n.get("enterprise_number").asLong()).isEqualTo(2011);
    assertThat(n.get("sys_uptime").asLong()).isEqualTo(123456);
    assertThat(n.get("advisories").isArray()).isTrue();
    assertThat(n.at("/evidence/0/source").asText()).isEqualTo("sys_object_id");
    assertThat(n.at("/evidence/0/strength").asText()).isEqualTo("definitive");
    assertThat(n.at("/evidence/1/kind").asText()).isEqualTo("verdict");
    assertThat(n.at("/evidence/1/source").isNull()).isTrue();
    assertThat(n.get("detail").isNull()).isTrue();
    assertThat(n.get("component").isNull()).isTrue();
    assertThat(n.get("seen_by").isNull()).isTrue();
    assertThat(n.get("raw_hex").isNull()).isTrue();
    assertThat(n.at("/cpe/hardware").isNull()).isTrue();
  }

  @Test
  void componentsAndNeighboursSayWhatTheyAre() throws Exception {
    List<JsonNode> lines = write(rows(), new RawHex()).stream().map(TestRows::parseStrict).toList();
    JsonNode component =
        lines.stream()
            .filter(l -> l.at("/netaudit/row_type").asText().equals("component"))
            .findFirst()
            .orElseThrow();
    assertThat(component.at("/netaudit/component/index").asInt()).isEqualTo(1001);
    assertThat(component.at("/netaudit/component/class").asText()).isEqualTo("module");
    assertThat(component.at("/device/serial_number").asText()).isEqualTo("HW2107A1B2C3");
    assertThat(component.at("/netaudit/cpe/hardware").asText()).startsWith("cpe:2.3:h:huawei:");
    JsonNode neighbour =
        lines.stream()
            .filter(l -> l.at("/netaudit/row_type").asText().equals("neighbour"))
            .findFirst()
            .orElseThrow();
    assertThat(neighbour.at("/netaudit/seen_by").asText()).isEqualTo("10.0.0.11");
    // It advertised no management address: the row's address is the reporter's, not the
    // neighbour's, so host.ip stays empty.
    assertThat(neighbour.at("/host/ip").size()).isZero();
  }

  @Test
  void everyReportColumnIsInTheLineTypedOrAsText() throws Exception {
    JsonNode l =
        parseStrict(
            write(List.of(row("10.0.0.1", "COMPLIANT", "Cisco", "IOS")), new RawHex()).get(0));
    for (ReportColumn c : ReportColumn.values()) {
      if (!JsonLinesV2Writer.TYPED.contains(c)) {
        assertThat(l.get("netaudit").has(c.header())).as(c.header()).isTrue();
      }
    }
  }

  @Test
  void rawBytesOfNonUtf8TextAreKeptAsHex() throws Exception {
    ReportRow r = row("10.0.0.1", "COMPLIANT", "Cisco", "caf\u00e9");
    RawHex raw =
        new RawHex().put(r, ReportColumn.SYS_DESCR, new byte[] {'c', 'a', 'f', (byte) 0xe9});
    String line = write(List.of(r), raw).get(0);
    assertThat(parseStrict(line).at("/netaudit/raw_hex/sys_descr").asText()).isEqualTo("636166e9");
    assertThat(JsonSchemas.reportLineProblems(line)).isEmpty();
  }

  @Test
  void deviceTextIsEscapedExactlyAsJsonTextDoes() throws Exception {
    Random random = new Random(7);
    char[] alphabet = {
      'a', '"', '\\', '\n', '\r', '\t', '\b', '\f', 0, 0x1b, 0x7f, 0x85, 0x9f, '\u2028', '\u2029',
      '\u00e9', '\ud800', '\udc00', '\ud83d', '\ude00', '/', '<'
    };
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      ReportRow r =
          ReportRow.builder(addr("10.0.0.1"), AuditStatus.COMPLIANT).sysDescr(s.toString()).build();
      String line = JsonLinesV2Writer.toJson(r, Map.of(), HtmlFixture.summary());
      assertThat(line).as("%s", s).contains("\"sys_descr\":" + JsonText.quote(s.toString()) + ",");
      JsonNode parsed = parseStrict(line);
      assertThat(parsed.at("/netaudit/sys_descr").asText())
          .isEqualTo(JsonText.wellFormed(s.toString()));
    }
  }

  @Test
  void publishedAtomicallyAndTheSameOnStdout() throws Exception {
    Path report = dir.resolve("report.jsonl");
    Files.writeString(report, "previous");
    ReportContent content = content(rows(), new RawHex());
    JsonLinesV2Writer failing =
        new JsonLinesV2Writer(OutputStream.nullOutputStream(), TestRows.FailAfter::new);
    List<ReportRow> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(row("10.1." + (i / 250) + "." + (i % 250), "COMPLIANT", "x", "y".repeat(100)));
    }
    assertThatThrownBy(() -> failing.write(report.toString(), content(many, new RawHex())))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(report)).isEqualTo("previous");
    assertThat(filesIn(dir)).containsExactly("report.jsonl");

    new JsonLinesV2Writer(OutputStream.nullOutputStream()).write(report.toString(), content);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesV2Writer(out).write("-", content);
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .isEqualTo(out.toString(StandardCharsets.UTF_8))
        .endsWith("}\n");
  }

  @Test
  void theSchemaIsShippedInTheJarAndNamesItself() throws Exception {
    try (InputStream in =
        JsonLinesV2Writer.class.getResourceAsStream(JsonLinesV2Writer.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      JsonNode schema = parseStrict(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(schema.at("/properties/schema/const").asText())
          .isEqualTo(JsonLinesV2Writer.SCHEMA);
      assertThat(((ObjectNode) schema).get("$schema").asText()).contains("2020-12");
    }
  }

  @Test
  void theSchemaKnowsEveryEvidenceKindAndStatus() throws Exception {
    JsonNode schema;
    try (InputStream in =
        JsonLinesV2Writer.class.getResourceAsStream(JsonLinesV2Writer.SCHEMA_RESOURCE)) {
      schema = parseStrict(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> kinds = new ArrayList<>();
    schema
        .at("/properties/netaudit/properties/evidence/items/properties/kind/enum")
        .forEach(k -> kinds.add(k.asText()));
    List<String> statuses = new ArrayList<>();
    schema.at("/properties/netaudit/properties/status/enum").forEach(k -> statuses.add(k.asText()));
    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(EvidenceItem.Kind.values())
                .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
    assertThat(statuses)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(AuditStatus.values()).map(Enum::name).toList());
  }

  private static ReportContent content(List<ReportRow> rows, RawHex raw) {
    return new ReportContent(
        ReportRows.of(rows), ReportRows.of(List.of()), raw, HtmlFixture.summary());
  }

  private static List<String> write(List<ReportRow> rows, RawHex raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonLinesV2Writer(out).write("-", content(rows, raw));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    return List.of(text.split("\n"));
  }
}
