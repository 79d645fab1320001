package io.netaudit.report;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One report row. The columns in this exact order come first:
 * address,status,vendor,advisories,confidence,
 * evidence,sys_descr,sys_object_id,enterprise_number,sys_name,sys_location,model,firmware,snmp_version,polled_at;
 * then (extra) sys_contact, sys_uptime, credential, detail, and the {@link Part} columns that say
 * whether the row is a device, a component found inside one (ENTITY-MIB), or a neighbour one
 * reported (LLDP/CDP). A null text field is written as an empty cell.
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
    String detail,
    Part part) {

  public ReportRow {
    // Every row is sorted and identified by its address, so a row without one is a programming
    // error.
    Objects.requireNonNull(address, "address");
    part = part == null ? Part.DEVICE : part;
  }

  /** A device row. */
  public ReportRow(
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
    this(
        address,
        status,
        vendor,
        advisories,
        confidence,
        evidence,
        sysDescr,
        sysObjectId,
        enterpriseNumber,
        sysName,
        sysLocation,
        model,
        firmware,
        snmpVersion,
        polledAt,
        sysContact,
        sysUptime,
        credential,
        detail,
        Part.DEVICE);
  }

  /**
   * What a row describes. {@code device}: the target itself. {@code component}: an entPhysical row
   * of the device at {@code address} whose maker is a finding of its own (e.g. a restricted maker's
   * module in a compliant chassis). {@code neighbour}: a device that {@code seenBy} reported over
   * LLDP or CDP and that netaudit did not poll (its management address, or the reporting device's
   * address when it has none).
   */
  public record Part(
      String rowType,
      String componentIndex,
      String componentClass,
      String componentModel,
      String componentSerial,
      String componentMfg,
      String seenBy) {
    public static final Part DEVICE = new Part("device", "", "", "", "", "", "");

    public static Part component(
        String index, String physicalClass, String model, String serial, String mfg) {
      return new Part("component", index, physicalClass, model, serial, mfg, "");
    }

    public static Part neighbour(String seenBy) {
      return new Part("neighbour", "", "", "", "", "", seenBy);
    }
  }
}
