package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the flat formats (CSV, JSON Lines v1) spell each part of a typed row. */
class ReportColumnTest {
  @Test
  void aRowWithNothingSetHasEmptyCellsButItsAddressStatusAndKind() throws Exception {
    ReportRow row = ReportRow.builder(InetAddress.getByName("10.0.0.1"), AuditStatus.ERROR).build();

    Map<ReportColumn, String> cells = cells(row);

    assertThat(cells.remove(ReportColumn.ADDRESS)).isEqualTo("10.0.0.1");
    assertThat(cells.remove(ReportColumn.STATUS)).isEqualTo("ERROR");
    assertThat(cells.remove(ReportColumn.ROW_TYPE)).isEqualTo("device");
    assertThat(cells.values()).allMatch(String::isEmpty);
  }

  @Test
  void typedValuesAreSpelledAsTheReportAlwaysHas() throws Exception {
    ReportRow row =
        ReportRow.builder(InetAddress.getByName("10.0.0.10"), AuditStatus.RESTRICTED)
            .advisories(List.of("US-NDAA-889", "CZ-NUKIB-2018"))
            .evidence(
                List.of(
                    EvidenceItem.signal("sys_object_id", "definitive", "enterprise 2011 = Huawei"),
                    EvidenceItem.conflict("sysDescr names ZTE"),
                    EvidenceItem.platform("sys_descr", "weak", "Comware"),
                    EvidenceItem.note("weak: OUI"),
                    EvidenceItem.verdict("Huawei is restricted")))
            .enterpriseNumber(4294967295L)
            .sysUptime(0L)
            .polledAt(Instant.parse("2025-01-02T03:04:05.120999Z"))
            .subject(Subject.component(1001, "module", "ESFP-GE", "SN1", "Huawei"))
            .build();

    Map<ReportColumn, String> cells = cells(row);

    assertThat(cells.get(ReportColumn.ADVISORIES)).isEqualTo("US-NDAA-889 CZ-NUKIB-2018");
    assertThat(cells.get(ReportColumn.EVIDENCE))
        .isEqualTo(
            "enterprise 2011 = Huawei ; conflict: sysDescr names ZTE ; platform: Comware ;"
                + " weak: OUI ; verdict: Huawei is restricted");
    assertThat(cells.get(ReportColumn.ENTERPRISE_NUMBER)).isEqualTo("4294967295");
    assertThat(cells.get(ReportColumn.SYS_UPTIME)).isEqualTo("0");
    assertThat(cells.get(ReportColumn.POLLED_AT)).isEqualTo("2025-01-02T03:04:05.120Z");
    assertThat(cells.get(ReportColumn.ROW_TYPE)).isEqualTo("component");
    assertThat(cells.get(ReportColumn.COMPONENT_INDEX)).isEqualTo("1001");
    assertThat(cells.get(ReportColumn.COMPONENT_CLASS)).isEqualTo("module");
    assertThat(cells.get(ReportColumn.SEEN_BY)).isEmpty();
  }

  @Test
  void aNeighbourRowNamesWhoSawIt() throws Exception {
    ReportRow row =
        ReportRow.builder(InetAddress.getByName("10.0.0.7"), AuditStatus.COMPLIANT)
            .subject(Subject.neighbour(InetAddress.getByName("2001:db8::1")))
            .build();

    assertThat(ReportColumn.ROW_TYPE.text(row)).isEqualTo("neighbour");
    assertThat(ReportColumn.SEEN_BY.text(row)).as("RFC 5952").isEqualTo("2001:db8::1");
    assertThat(ReportColumn.COMPONENT_INDEX.text(row)).isEmpty();
  }

  @Test
  void ipv6AddressesAreWrittenAsRfc5952Recommends() throws Exception {
    ReportRow row =
        ReportRow.builder(InetAddress.getByName("2001:db8:0:0:1:0:0:5"), AuditStatus.COMPLIANT)
            .build();
    assertThat(ReportColumn.ADDRESS.text(row)).isEqualTo("2001:db8::1:0:0:5");
  }

  @Test
  void timesAreIsoInstantsToTheMillisecondExactlyAsTheJdkWritesThem() {
    Random random = new Random(42);
    List<Instant> edges =
        List.of(
            Instant.EPOCH,
            Instant.parse("1969-12-31T23:59:59.999Z"),
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999Z"),
            Instant.parse("+10000-01-01T00:00:00.001Z"),
            Instant.parse("-0001-06-01T12:00:00Z"),
            Instant.parse("2024-02-29T00:00:00.100Z"),
            Instant.parse("2025-01-02T03:04:05.000999999Z"));
    for (Instant at : edges) {
      assertThat(InstantText.of(at)).as(at.toString()).isEqualTo(jdk(at));
    }
    for (int i = 0; i < 100_000; i++) {
      Instant at =
          Instant.ofEpochSecond(
              random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000));
      assertThat(InstantText.of(at)).as(at.toString()).isEqualTo(jdk(at));
    }
  }

  @Test
  void headersAreFoundByName() {
    assertThat(ReportColumn.byHeader("sys_descr")).contains(ReportColumn.SYS_DESCR);
    assertThat(ReportColumn.byHeader("nonsense")).isEmpty();
  }

  private static String jdk(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }

  private static Map<ReportColumn, String> cells(ReportRow row) {
    Map<ReportColumn, String> cells = new EnumMap<>(ReportColumn.class);
    for (ReportColumn c : ReportColumn.values()) {
      cells.put(c, c.text(row));
    }
    return cells;
  }
}
