package io.netaudit.snmp;

import java.util.List;

/**
 * SNMPv2-MIB's system group: the scalars the first GET of every device reads. sysName, sysLocation
 * and sysContact are never identification evidence.
 */
public final class SystemMib {
  public static final Oid SYS_DESCR = Oid.parse("1.3.6.1.2.1.1.1.0");
  public static final Oid SYS_OBJECT_ID = Oid.parse("1.3.6.1.2.1.1.2.0");
  public static final Oid SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0");
  public static final Oid SYS_CONTACT = Oid.parse("1.3.6.1.2.1.1.4.0");
  public static final Oid SYS_NAME = Oid.parse("1.3.6.1.2.1.1.5.0");
  public static final Oid SYS_LOCATION = Oid.parse("1.3.6.1.2.1.1.6.0");
  public static final Oid SYS_SERVICES = Oid.parse("1.3.6.1.2.1.1.7.0");

  /** Every scalar of the system GET, in request order. */
  public static final List<Oid> GROUP =
      List.of(
          SYS_DESCR, SYS_OBJECT_ID, SYS_UPTIME, SYS_CONTACT, SYS_NAME, SYS_LOCATION, SYS_SERVICES);

  private SystemMib() {}
}
