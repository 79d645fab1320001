package io.netaudit.report;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One report row. The columns in this exact order come first: address,status,vendor,advisories,confidence,
 * evidence,sys_descr,sys_object_id,enterprise_number,sys_name,sys_location,model,firmware,snmp_version,polled_at;
 * then (extra) sys_contact, sys_uptime, credential, detail. A null text field is written as an empty cell.
 */
public record ReportRow(
    InetAddress address,
    String status,
    String vendor,
    String advisories,
    String confidence,
    String evidence,
    String sysDescr,
    String sysObjectId,
    String enterpriseNumber,
    String sysName,
    String sysLocation,
    String model,
    String firmware,
    String snmpVersion,
    String polledAt,
    String sysContact,
    String sysUptime,
    String credential,
    String detail) {

  public ReportRow {
    // Every row is sorted and identified by its address, so a row without one is a programming error.
    Objects.requireNonNull(address, "address");
  }
}
