package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row's flat cells read back into the same row, column by column: the history store keeps rows
 * this way. A column added to {@link ReportColumn} without its reading back in {@link ReportCells}
 * fails here.
 */
class ReportCellsTest {
  private static final Instant AT = Instant.parse("2025-01-02T03:04:05.678Z");

  private static ReportRow full(Subject subject) throws Exception {
    return ReportRow.builder(InetAddress.getByName("2001:db8::7"), AuditStatus.REVIEW)
        .vendor("New H3C Technologies")
        .advisories(List.of("US-NDAA-889", "CZ-NUKIB-2018"))
        .confidence("medium")
        .evidence(
            List.of(
                EvidenceItem.signal("sys_object_id", "weak", "enterprise 25506"),
                EvidenceItem.conflict("sysDescr says \"HPE Comware\""),
                EvidenceItem.platform("platform", "definitive", "built on Comware"),
                EvidenceItem.verdict("H3C is for review")))
        .sysDescr("=HYPERLINK(\"x\")\r\nline two\u0007")
        .sysObjectId("1.3.6.1.4.1.25506.11.1.1")
        .enterpriseNumber(25506L)
        .sysName("core")
        .sysLocation("Rack 4")
        .model("S5130")
        .firmware("7.1.070")
        .snmpVersion("3 (discovery only)")
        .polledAt(AT)
        .sysContact("noc@example.org")
        .sysUptime(4294967295L)
        .credential("core-v3")
        .detail("tooBig worked around")
        .cpe(
            new CpeNames(
                "cpe:2.3:h:h3c:s5130:*:*:*:*:*:*:*:*",
                "cpe:2.3:o:h3c:s5130_firmware:7.1.070:*:*:*:*:*:*:*"))
        .subject(subject)
        .macs(List.of("00:1b:54:24:00:01", "00:1b:54:24:00:02"))
        .port("Gi1/0/3")
        .vlan(30)
        .deadline(java.time.LocalDate.of(2026, 1, 1), "DE-BMI-2024")
        .history(new History("hq", AT.minusSeconds(86_400), AT))
        .build()
        .waived("W-2025-014", java.time.LocalDate.of(2027, 6, 30), "active", "approved by CISO");
  }

  @Test
  void everyColumnReadsBackAsItWasWritten() throws Exception {
    java.util.Set<String> filled = new java.util.HashSet<>();
    for (Subject subject :
        List.of(
            Subject.DEVICE,
            Subject.component(7, "module", "SFP-10G-LR", "SN1", "Huawei"),
            Subject.neighbour(InetAddress.getByName("10.0.0.1")))) {
      ReportRow row = full(subject);
      Map<String, String> cells = ReportCells.of(row);
      cells.forEach(
          (header, text) -> {
            if (!text.isEmpty()) {
              filled.add(header);
            }
          });
      ReportRow back = ReportCells.parse(cells);
      assertThat(ReportCells.of(back)).isEqualTo(cells);
      assertThat(back.address()).isEqualTo(row.address());
      assertThat(back.subject()).isEqualTo(row.subject());
      assertThat(back.history()).isEqualTo(row.history());
      assertThat(back.finding().evidence())
          .extracting(EvidenceItem::kind)
          .containsExactly(
              EvidenceItem.Kind.NOTE,
              EvidenceItem.Kind.CONFLICT,
              EvidenceItem.Kind.PLATFORM,
              EvidenceItem.Kind.WAIVER,
              EvidenceItem.Kind.VERDICT);
      assertThat(back.compliance()).isEqualTo(row.compliance());
      assertThat(back.macFacts()).isEqualTo(row.macFacts());
    }
    for (ReportColumn c : ReportColumn.values()) {
      assertThat(filled).as("a test row fills " + c.header()).contains(c.header());
    }
  }

  @Test
  void anEndpointReadsBackWithItsAddressesOrNone() throws Exception {
    for (List<String> ips : List.of(List.of("10.30.0.25", "fe80::1"), List.<String>of())) {
      ReportRow row =
          ReportRow.endpoint(AuditStatus.REVIEW)
              .endpointAddresses(ips)
              .vendor("Hangzhou Hikvision Digital Technology")
              .evidence(List.of(EvidenceItem.verdict("MAC OUI 44:19:b6 ...; check it")))
              .subject(Subject.endpoint(InetAddress.getByName("127.77.0.24")))
              .macs(List.of("44:19:b6:3c:51:0e"))
              .port("Gi1/0/14")
              .vlan(30)
              .build();
      Map<String, String> cells = ReportCells.of(row);
      ReportRow back = ReportCells.parse(cells);
      assertThat(ReportCells.of(back)).isEqualTo(cells);
      assertThat(back.address()).isNull();
      assertThat(back.macFacts()).isEqualTo(row.macFacts());
      assertThat(back.subject()).isEqualTo(row.subject());
    }
  }

  @Test
  void theSeparatorInsideAnItemKeepsTheCellText() throws Exception {
    ReportRow row =
        ReportRow.builder(InetAddress.getByName("10.0.0.1"), AuditStatus.UNIDENTIFIED)
            .evidence(List.of(EvidenceItem.note("sysDescr \"a ; b\""), EvidenceItem.verdict("v")))
            .build();
    Map<String, String> cells = ReportCells.of(row);
    assertThat(ReportCells.of(ReportCells.parse(cells))).isEqualTo(cells);
  }

  @Test
  void anEmptyRowReadsBackEmpty() throws Exception {
    ReportRow row = ReportRow.builder(InetAddress.getByName("10.0.0.1"), AuditStatus.ERROR).build();
    assertThat(ReportCells.of(ReportCells.parse(ReportCells.of(row))))
        .isEqualTo(ReportCells.of(row));
  }

  @Test
  void storedTextNeverTriggersALookupOrAGuess() {
    assertThatThrownBy(
            () -> ReportCells.parse(Map.of("address", "printer.example", "status", "ERROR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an address");
    assertThatThrownBy(() -> ReportCells.parse(Map.of("address", "10.0.0.1", "status", "MAYBE")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ReportCells.parse(
                    Map.of("address", "10.0.0.1", "status", "ERROR", "row_type", "x")))
        .hasMessageContaining("unknown row_type");
    assertThatThrownBy(
            () ->
                ReportCells.parse(
                    Map.of("address", "10.0.0.1", "status", "ERROR", "polled_at", "noon")))
        .hasMessageContaining("polled_at");
  }
}
