package io.netaudit.report;

import java.util.function.Function;

/** The report's columns, in output order, with their header names. */
public enum ReportColumn {
  ADDRESS("address", r -> r.address().getHostAddress()),
  STATUS("status", ReportRow::status),
  VENDOR("vendor", ReportRow::vendor),
  ADVISORIES("advisories", ReportRow::advisories),
  CONFIDENCE("confidence", ReportRow::confidence),
  EVIDENCE("evidence", ReportRow::evidence),
  SYS_DESCR("sys_descr", ReportRow::sysDescr),
  SYS_OBJECT_ID("sys_object_id", ReportRow::sysObjectId),
  ENTERPRISE_NUMBER("enterprise_number", ReportRow::enterpriseNumber),
  SYS_NAME("sys_name", ReportRow::sysName),
  SYS_LOCATION("sys_location", ReportRow::sysLocation),
  MODEL("model", ReportRow::model),
  FIRMWARE("firmware", ReportRow::firmware),
  SNMP_VERSION("snmp_version", ReportRow::snmpVersion),
  POLLED_AT("polled_at", ReportRow::polledAt),
  SYS_CONTACT("sys_contact", ReportRow::sysContact),
  SYS_UPTIME("sys_uptime", ReportRow::sysUptime),
  CREDENTIAL("credential", ReportRow::credential),
  DETAIL("detail", ReportRow::detail),
  ROW_TYPE("row_type", r -> r.part().rowType()),
  COMPONENT_INDEX("component_index", r -> r.part().componentIndex()),
  COMPONENT_CLASS("component_class", r -> r.part().componentClass()),
  COMPONENT_MODEL("component_model", r -> r.part().componentModel()),
  COMPONENT_SERIAL("component_serial", r -> r.part().componentSerial()),
  COMPONENT_MFG("component_mfg", r -> r.part().componentMfg()),
  SEEN_BY("seen_by", r -> r.part().seenBy());

  private final String header;
  private final Function<ReportRow, String> value;

  ReportColumn(String header, Function<ReportRow, String> value) {
    this.header = header;
    this.value = value;
  }

  public String header() {
    return header;
  }

  /** The raw (not yet cleaned) cell text of this column; null fields become "". */
  String rawValue(ReportRow row) {
    String v = value.apply(row);
    return v == null ? "" : v;
  }
}
