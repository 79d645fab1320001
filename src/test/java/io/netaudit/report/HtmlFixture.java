package io.netaudit.report;

import static io.netaudit.report.TestRows.row;
import static io.netaudit.report.TestRows.withAdvisories;
import static io.netaudit.report.TestRows.withSysName;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Known rows with hostile device text, shared by the HTML unit test and the real-browser test. */
final class HtmlFixture {
  static final String SCRIPT_DESCR =
      "<script>document.title='pwned'</script>Huawei VRP\r\nVersion 5.170";
  static final String IMG_NAME = "<img src=x onerror=\"document.title='pwned-img'\">";
  static final String ATTR_BREAKOUT = "\"><svg onload=\"document.title='pwned-svg'\">";

  static final Map<String, Long> EXPECTED_ROWS =
      Map.of(
          "RESTRICTED", 2L, "REVIEW", 1L, "COMPLIANT", 3L, "UNIDENTIFIED", 1L, "NO_RESPONSE", 1L);

  private HtmlFixture() {}

  static List<ReportRow> rows() {
    return List.of(
        row("10.0.0.4", "COMPLIANT", "Cisco", "Cisco IOS Software, C2960X"),
        withAdvisories(
            row("10.0.0.10", "RESTRICTED", "Huawei", SCRIPT_DESCR), "NDAA-889 FCC-COVERED EVIL"),
        row("10.0.0.5", "COMPLIANT", "Cisco", "Cisco IOS Software, C9300"),
        withSysName(row("10.0.0.3", "REVIEW", "H3C", "H3C Comware Platform Software"), IMG_NAME),
        withAdvisories(row("10.0.0.2", "RESTRICTED", "Hikvision", "DS-2CD2142"), "NDAA-889"),
        row("10.0.0.6", "COMPLIANT", ATTR_BREAKOUT, "Juniper"),
        row("10.0.0.7", "UNIDENTIFIED", "", "mystery box"),
        ReportRow.builder(TestRows.addr("10.0.0.8"), AuditStatus.NO_RESPONSE)
            .snmpVersion("v2c")
            .polledAt(Instant.parse("2025-01-02T03:04:05Z"))
            .detail("timeout after 2 retries")
            .build());
  }

  static RunFacts summary() {
    Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    counts.put(AuditStatus.RESTRICTED, 2L);
    counts.put(AuditStatus.REVIEW, 1L);
    counts.put(AuditStatus.COMPLIANT, 3L);
    counts.put(AuditStatus.UNIDENTIFIED, 1L);
    counts.put(AuditStatus.NO_RESPONSE, 1L);
    counts.put(AuditStatus.ERROR, 0L);
    Map<String, String> dates = new LinkedHashMap<>();
    dates.put("advisories", "2025-01-15");
    dates.put("enterprise numbers", "2024-12-01");
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("NDAA-889", "https://www.acquisition.gov/far/52.204-25");
    urls.put("FCC-COVERED", "https://www.fcc.gov/supplychain/coveredlist");
    urls.put("EVIL", "javascript:document.title='pwned-link'");
    return new RunFacts(
        counts, 8, "3.2 s", dates, urls, "2025-01-02T03:04:10Z", "netaudit 0.1.0-test");
  }
}
