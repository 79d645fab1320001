package io.netaudit.snmp;

import java.util.Objects;

/**
 * The MIB-II system group of one device. Absent objects (noSuchObject, noSuchName, or not sent) are
 * empty strings / null numbers: a missing sysServices is a missing field, not a failed device.
 *
 * @param objectId sysObjectID in dotted form, "" when absent
 * @param uptimeTicks sysUpTime in hundredths of a second, or null
 * @param services sysServices, or null
 */
public record SystemInfo(
    DeviceString descr,
    String objectId,
    DeviceString name,
    DeviceString location,
    DeviceString contact,
    Long uptimeTicks,
    Integer services) {

  public SystemInfo {
    Objects.requireNonNull(descr, "descr");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(contact, "contact");
  }

  /**
   * The enterprise number: the arc right after 1.3.6.1.4.1 ({@link Oid#enterprise()}), or -1 when
   * sysObjectID has none (absent, outside enterprises, or not an OID).
   */
  public long enterpriseNumber() {
    return Oid.tryParse(objectId).map(o -> o.enterprise().orElse(-1)).orElse(-1L);
  }
}
