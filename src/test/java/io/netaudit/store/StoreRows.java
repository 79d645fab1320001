package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.EvidenceItem;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.RowKind;
import io.netaudit.report.Subject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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

  /** An endpoint row (issue 11): a MAC behind {@code seenBy}'s {@code port}, judged by its OUI. */
  static ReportRow endpoint(
      String mac, AuditStatus status, String vendor, String seenBy, String port, String ip) {
    return ReportRow.endpoint(status)
        .vendor(vendor)
        .advisories(status == AuditStatus.REVIEW ? List.of("US-NDAA-889") : List.of())
        .confidence("low")
        .evidence(
            List.of(
                EvidenceItem.signal(
                    "oui", "weak", "MAC OUI " + mac.substring(0, 8) + " = " + vendor),
                EvidenceItem.verdict(vendor + " is " + status.label())))
        .polledAt(T0.plusSeconds(5))
        .detail("seen by " + seenBy + " port " + port + " vlan 30")
        .subject(Subject.endpoint(addr(seenBy)))
        .macs(List.of(mac))
        .port(port)
        .vlan(30)
        .endpointAddresses(ip.isEmpty() ? List.of() : List.of(ip))
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

  /** The rows as a run gives them: the addressed ones sorted, then the endpoints (by MAC). */
  static ReportRows rows(ReportRow... rows) {
    List<ReportRow> addressed =
        Stream.of(rows).filter(r -> r.subject().kind() != RowKind.ENDPOINT).toList();
    List<ReportRow> endpoints =
        Stream.of(rows).filter(r -> r.subject().kind() == RowKind.ENDPOINT).toList();
    return ReportRows.concat(ReportRows.of(addressed), ReportRows.inOrder(endpoints));
  }

  static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
