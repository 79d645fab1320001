package io.netaudit.report;

import static io.netaudit.report.TestRows.filesIn;
import static io.netaudit.report.TestRows.parseStrict;
import static io.netaudit.report.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netaudit.testing.JsonSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CycloneDX 1.6 hardware BOM: valid against the official schema, read by the library. */
class CycloneDxWriterTest {
  @TempDir Path dir;

  @Test
  void theBomIsValidCycloneDx16() throws Exception {
    String bom = write(JsonLinesV2WriterTest.rows());
    assertThat(JsonSchemas.cycloneDx16Problems(bom)).isEmpty();
    JsonNode root = parseStrict(bom);
    assertThat(root.get("specVersion").asText()).isEqualTo("1.6");
    assertThat(root.get("serialNumber").asText()).matches("urn:uuid:[0-9a-f-]{36}");
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    String bom = write(JsonLinesV2WriterTest.rows());
    assertThat(
            JsonSchemas.cycloneDx16Problems(bom.replace("\"type\":\"device\"", "\"type\":\"box\"")))
        .isNotEmpty();
    assertThat(
            JsonSchemas.cycloneDx16Problems(
                bom.replace("\"specVersion\":\"1.6\",", "\"specVersion\":\"1.6\",\"extra\":1,")))
        .isNotEmpty();
  }

  @Test
  void devicesAreHardwareWithTheirMakerModelCpeAndFirmware() throws Exception {
    Bom bom =
        new JsonParser()
            .parse(write(JsonLinesV2WriterTest.rows()).getBytes(StandardCharsets.UTF_8));

    Component cisco = byRef(bom.getComponents(), "device:2001:db8::7");
    assertThat(cisco.getType()).isEqualTo(Component.Type.DEVICE);
    assertThat(cisco.getManufacturer().getName()).isEqualTo("Cisco Systems");
    assertThat(cisco.getName()).isEqualTo("WS-C2960X-48FPD-L");
    assertThat(cisco.getCpe()).isEqualTo("cpe:2.3:h:cisco:ws-c2960x-48fpd-l:*:*:*:*:*:*:*:*");
    Component firmware = cisco.getComponents().get(0);
    assertThat(firmware.getType()).isEqualTo(Component.Type.FIRMWARE);
    assertThat(firmware.getVersion()).isEqualTo("15.2(7)E4");
    assertThat(firmware.getCpe()).startsWith("cpe:2.3:o:cisco:ws-c2960x-48fpd-l_firmware:");
    assertThat(values(cisco, "netaudit:status")).containsExactly("COMPLIANT");
  }

  @Test
  void aComponentSitsInsideItsDeviceAndANeighbourStandsAlone() throws Exception {
    Bom bom =
        new JsonParser()
            .parse(write(JsonLinesV2WriterTest.rows()).getBytes(StandardCharsets.UTF_8));

    Component chassis = byRef(bom.getComponents(), "device:10.0.0.4");
    Component optic = byRef(chassis.getComponents(), "device:10.0.0.4/entity:1001");
    assertThat(optic.getManufacturer().getName()).isEqualTo("Huawei Technologies");
    assertThat(values(optic, "netaudit:row_type")).containsExactly("component");
    assertThat(values(optic, "netaudit:status")).containsExactly("RESTRICTED");
    assertThat(values(optic, "netaudit:advisory")).containsExactly("US-NDAA-889");
    assertThat(values(optic, "netaudit:component_serial")).containsExactly("HW2107A1B2C3");
    Component neighbour = byRef(bom.getComponents(), "neighbour:10.0.0.11@10.0.0.11");
    assertThat(values(neighbour, "netaudit:seen_by")).containsExactly("10.0.0.11");
    assertThat(values(neighbour, "netaudit:evidence")).isEmpty();
  }

  @Test
  void silentAddressesAreCountedNotListedAndRefsAreUnique() throws Exception {
    String text = write(JsonLinesV2WriterTest.rows());
    Bom bom = new JsonParser().parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(text)
        .doesNotContain("10.0.0.8\"")
        .contains("\"netaudit:silent_addresses_not_listed\",\"value\":\"1\"");
    Set<String> refs = new HashSet<>();
    List<Component> all = new ArrayList<>();
    flatten(bom.getComponents(), all);
    for (Component c : all) {
      assertThat(refs.add(c.getBomRef())).as(c.getBomRef()).isTrue();
    }
    // Every row that answered, and a firmware component for each that names its firmware.
    long answered =
        JsonLinesV2WriterTest.rows().stream()
            .filter(r -> r.finding().status() != AuditStatus.NO_RESPONSE)
            .count();
    long firmware =
        JsonLinesV2WriterTest.rows().stream()
            .filter(r -> r.finding().status() != AuditStatus.NO_RESPONSE)
            .filter(r -> !r.device().firmware().isEmpty())
            .count();
    assertThat(all).hasSize((int) (answered + firmware));
  }

  @Test
  void endpointsAreHardwareWithTheirRegistrantAndWhereTheySit() throws Exception {
    List<ReportRow> endpoints = endpoints();
    String text = write(JsonLinesV2WriterTest.rows(), endpoints);
    assertThat(JsonSchemas.cycloneDx16Problems(text)).isEmpty();
    Bom bom = new JsonParser().parse(text.getBytes(StandardCharsets.UTF_8));

    Component camera = byRef(bom.getComponents(), "endpoint:44:19:b6:3c:51:0e");
    assertThat(camera.getType()).isEqualTo(Component.Type.DEVICE);
    assertThat(camera.getManufacturer().getName())
        .isEqualTo("Hangzhou Hikvision Digital Technology");
    assertThat(camera.getName()).isEqualTo("Hangzhou Hikvision Digital Technology endpoint");
    assertThat(values(camera, "netaudit:row_type")).containsExactly("endpoint");
    assertThat(values(camera, "netaudit:status")).containsExactly("REVIEW");
    assertThat(values(camera, "netaudit:mac")).containsExactly("44:19:b6:3c:51:0e");
    assertThat(values(camera, "netaudit:port")).containsExactly("Gi1/0/14");
    assertThat(values(camera, "netaudit:vlan")).containsExactly("30");
    assertThat(values(camera, "netaudit:seen_by")).containsExactly("127.77.0.24");
    assertThat(values(camera, "netaudit:address")).containsExactly("10.30.0.25");
    assertThat(values(camera, "netaudit:advisory")).containsExactly("US-NDAA-889");
    assertThat(values(camera, "netaudit:evidence"))
        .containsExactly(
            "waiver: W-7 (active)",
            "verdict: MAC OUI 44:19:b6 = Hangzhou Hikvision; no other signal");
    assertThat(values(camera, "netaudit:waiver")).containsExactly("W-7");

    Component phone = byRef(bom.getComponents(), "endpoint:02:11:22:33:44:55");
    assertThat(phone.getManufacturer()).isNull();
    assertThat(phone.getName()).isEqualTo("unidentified endpoint");
    assertThat(values(phone, "netaudit:address")).isEmpty();

    assertThat(text).contains("\"netaudit:endpoints\",\"value\":\"2\"");
    // the endpoints come after every other row, each once, and every bom-ref stays unique
    List<Component> all = new ArrayList<>();
    flatten(bom.getComponents(), all);
    Set<String> refs = new HashSet<>();
    for (Component c : all) {
      assertThat(refs.add(c.getBomRef())).as(c.getBomRef()).isTrue();
    }
    List<Component> top = bom.getComponents();
    assertThat(top.subList(top.size() - 2, top.size()))
        .extracting(Component::getBomRef)
        .containsExactly("endpoint:02:11:22:33:44:55", "endpoint:44:19:b6:3c:51:0e");
  }

  /** Two endpoint rows in MAC order: a phone with a randomised MAC, a waived Hikvision camera. */
  static List<ReportRow> endpoints() throws Exception {
    java.net.InetAddress access = java.net.InetAddress.getByName("127.77.0.24");
    ReportRow phone =
        ReportRow.endpoint(AuditStatus.UNIDENTIFIED)
            .detail("locally administered address: no registry owner")
            .subject(Subject.endpoint(access))
            .macs(List.of("02:11:22:33:44:55"))
            .port("Gi1/0/5")
            .build();
    ReportRow camera =
        ReportRow.endpoint(AuditStatus.REVIEW)
            .endpointAddresses(List.of("10.30.0.25"))
            .vendor("Hangzhou Hikvision Digital Technology")
            .advisories(List.of("US-NDAA-889"))
            .evidence(
                List.of(
                    EvidenceItem.verdict("MAC OUI 44:19:b6 = Hangzhou Hikvision; no other signal")))
            .subject(Subject.endpoint(access))
            .macs(List.of("44:19:b6:3c:51:0e"))
            .port("Gi1/0/14")
            .vlan(30)
            .build()
            .waived("W-7", java.time.LocalDate.of(2099, 12, 31), "active", "W-7 (active)");
    return List.of(phone, camera);
  }

  @Test
  void publishedAtomically() throws Exception {
    Path report = dir.resolve("report.cdx.json");
    Files.writeString(report, "previous");
    List<ReportRow> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(row("10.1." + (i / 250) + "." + (i % 250), "COMPLIANT", "x", "y".repeat(100)));
    }
    CycloneDxWriter failing =
        new CycloneDxWriter(OutputStream.nullOutputStream(), TestRows.FailAfter::new);
    assertThatThrownBy(() -> failing.write(report.toString(), content(many)))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(report)).isEqualTo("previous");
    assertThat(filesIn(dir)).containsExactly("report.cdx.json");
    new CycloneDxWriter(OutputStream.nullOutputStream()).write(report.toString(), content(many));
    assertThat(JsonSchemas.cycloneDx16Problems(Files.readString(report))).isEmpty();
  }

  private static Component byRef(List<Component> components, String ref) {
    return components.stream()
        .filter(c -> ref.equals(c.getBomRef()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no component "
                        + ref
                        + " in "
                        + components.stream().map(Component::getBomRef).toList()));
  }

  private static List<String> values(Component c, String name) {
    return c.getProperties() == null
        ? List.of()
        : c.getProperties().stream()
            .filter(p -> p.getName().equals(name))
            .map(Property::getValue)
            .toList();
  }

  private static void flatten(List<Component> in, List<Component> out) {
    if (in == null) {
      return;
    }
    for (Component c : in) {
      out.add(c);
      flatten(c.getComponents(), out);
    }
  }

  private static ReportContent content(List<ReportRow> rows) {
    return new ReportContent(
        ReportRows.of(rows), ReportRows.of(List.of()), new RawHex(), HtmlFixture.summary());
  }

  private static String write(List<ReportRow> rows) throws IOException {
    return write(rows, List.of());
  }

  private static String write(List<ReportRow> rows, List<ReportRow> endpoints) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CycloneDxWriter(out)
        .write(
            "-",
            new ReportContent(
                ReportRows.of(rows),
                ReportRows.of(List.of()),
                new RawHex(),
                HtmlFixture.summary(),
                HistoryFacts.NONE,
                ReportRows.inOrder(endpoints)));
    return out.toString(StandardCharsets.UTF_8);
  }
}
