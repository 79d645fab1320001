package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.EvidenceItem;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.Subject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rows and runs for the store tests. */
final class StoreRows {
  static final Instant T0 = Instant.parse("2025-03-01T02:30:00Z");

  private StoreRows() {}

  static ReportRow device(String address, AuditStatus status, String vendor) {
    return ReportRow.builder(addr(address), status)
        .vendor(vendor)
        .advisories(status == AuditStatus.RESTRICTED ? List.of("US-NDAA-889") : List.of())
        .confidence("high")
        .evidence(
            List.of(
                EvidenceItem.signal("sys_object_id", "definitive", "enterprise 2011 = " + vendor),
                EvidenceItem.verdict(vendor + " is " + status.label())))
        .sysDescr(vendor + " switch ; with a separator =cmd")
        .sysObjectId("1.3.6.1.4.1.2011.2.23")
        .enterpriseNumber(2011L)
        .sysName("sw-" + address)
        .model("S5720")
        .snmpVersion("2c")
        .polledAt(T0.plusSeconds(3))
        .sysUptime(123456L)
        .credential("lab")
        .build();
  }

  static ReportRow component(String address, int index, AuditStatus status, String vendor) {
    return ReportRow.builder(addr(address), status)
        .vendor(vendor)
        .subject(Subject.component(index, "module", "SFP-10G", "SN" + index, vendor))
        .detail("inside the chassis at " + address)
        .build();
  }

  static ReportRow silent(String address) {
    return ReportRow.builder(addr(address), AuditStatus.NO_RESPONSE).detail("no reply").build();
  }

  static RunRecord run(String site, Instant started) {
    return new RunRecord(
        site,
        UUID.randomUUID().toString(),
        started,
        started.plusSeconds(60),
        "collector-1",
        "netaudit test",
        1,
        "127.0.0.0/24\n-127.0.0.99",
        Map.of(AuditStatus.RESTRICTED, 1L, AuditStatus.NO_RESPONSE, 250L));
  }

  static ReportRows rows(ReportRow... rows) {
    return ReportRows.of(List.of(rows));
  }

  static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
