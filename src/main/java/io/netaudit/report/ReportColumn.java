package io.netaudit.report;

import io.netaudit.text.AddressText;
import java.net.InetAddress;
import java.time.Instant;
import java.util.function.Function;

/**
 * The columns of the flat formats (CSV, JSON Lines v1), in output order, with their header names
 * and how each renders its part of a typed {@link ReportRow} as one cell of text: absent values are
 * "", numbers in decimal, times as ISO-8601 instants to the millisecond, dates as ISO-8601 days,
 * advisory ids joined by a space, evidence items by {@value EvidenceItem#SEPARATOR}.
 */
public enum ReportColumn {
  ADDRESS("address", ReportColumn::addressText),
  STATUS("status", r -> r.finding().status().name()),
  VENDOR("vendor", r -> r.finding().vendor()),
  ADVISORIES("advisories", r -> String.join(" ", r.finding().advisories())),
  CONFIDENCE("confidence", r -> r.finding().confidence()),
  EVIDENCE("evidence", r -> EvidenceItem.join(r.finding().evidence())),
  SYS_DESCR("sys_descr", r -> r.device().sysDescr()),
  SYS_OBJECT_ID("sys_object_id", r -> r.device().sysObjectId()),
  ENTERPRISE_NUMBER("enterprise_number", r -> number(r.device().enterpriseNumber())),
  SYS_NAME("sys_name", r -> r.device().sysName()),
  SYS_LOCATION("sys_location", r -> r.device().sysLocation()),
  MODEL("model", r -> r.device().model()),
  FIRMWARE("firmware", r -> r.device().firmware()),
  SNMP_VERSION("snmp_version", r -> r.poll().snmpVersion()),
  POLLED_AT("polled_at", r -> instant(r.poll().polledAt())),
  SYS_CONTACT("sys_contact", r -> r.device().sysContact()),
  SYS_UPTIME("sys_uptime", r -> number(r.device().sysUptime())),
  CREDENTIAL("credential", r -> r.poll().credential()),
  DETAIL("detail", r -> r.poll().detail()),
  ROW_TYPE("row_type", r -> r.subject().kind().label()),
  COMPONENT_INDEX("component_index", r -> number(r.subject().componentIndex())),
  COMPONENT_CLASS("component_class", r -> r.subject().componentClass()),
  COMPONENT_MODEL("component_model", r -> r.subject().componentModel()),
  COMPONENT_SERIAL("component_serial", r -> r.subject().componentSerial()),
  COMPONENT_MFG("component_mfg", r -> r.subject().componentMfg()),
  SEEN_BY("seen_by", r -> address(r.subject().seenBy())),
  MAC("mac", r -> String.join(" ", r.macFacts().macs())),
  PORT("port", r -> r.macFacts().port()),
  VLAN("vlan", r -> number(r.macFacts().vlan())),
  SITE("site", r -> r.history().site()),
  FIRST_SEEN("first_seen", r -> instant(r.history().firstSeen())),
  LAST_SEEN("last_seen", r -> instant(r.history().lastSeen())),
  DEADLINE("deadline", r -> date(r.compliance().deadline())),
  DEADLINE_ADVISORY("deadline_advisory", r -> r.compliance().deadlineAdvisory()),
  WAIVER("waiver", r -> r.compliance().waiver()),
  WAIVER_EXPIRES("waiver_expires", r -> date(r.compliance().waiverExpires())),
  WAIVER_STATE("waiver_state", r -> r.compliance().waiverState()),
  // issue 15: the CPE 2.3 names of the identified model and its firmware
  CPE_HARDWARE("cpe_hardware", r -> r.finding().cpe().hardware()),
  CPE_FIRMWARE("cpe_firmware", r -> r.finding().cpe().firmware());

  private final String header;
  private final Function<ReportRow, String> text;

  ReportColumn(String header, Function<ReportRow, String> text) {
    this.header = header;
    this.text = text;
  }

  public String header() {
    return header;
  }

  /** The cell's text, not yet cleaned for a spreadsheet (see {@link CellSanitizer}); never null. */
  public String text(ReportRow row) {
    String v = text.apply(row);
    return v == null ? "" : v;
  }

  /** The column with this header name, if any. */
  public static java.util.Optional<ReportColumn> byHeader(String header) {
    for (ReportColumn c : values()) {
      if (c.header.equals(header)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  private static String number(Number n) {
    return n == null ? "" : n.toString();
  }

  private static String instant(Instant at) {
    return at == null ? "" : InstantText.of(at);
  }

  /** The row's address; an endpoint's IPs, space-separated (maybe none). */
  private static String addressText(ReportRow r) {
    return r.address() == null
        ? String.join(" ", r.macFacts().addresses())
        : AddressText.of(r.address());
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static String address(InetAddress a) {
    return AddressText.of(a);
  }
}
