package io.netaudit.snmp;

/** LLDP-MIB (IEEE 802.1AB) remote systems: the neighbours a device learnt over LLDP. */
public final class LldpMib {
  /** Indexed by timeMark.localPortNum.remIndex: the local port is the index's second arc. */
  public static final TableId REM_TABLE =
      new TableId("lldpRemTable", Oid.parse("1.0.8802.1.1.2.1.4.1.1"));

  /** LldpChassisIdSubtype: 4 = macAddress. */
  public static final ColumnId CHASSIS_ID_SUBTYPE = REM_TABLE.column(4, "lldpRemChassisIdSubtype");

  public static final ColumnId CHASSIS_ID = REM_TABLE.column(5, "lldpRemChassisId");
  public static final ColumnId SYS_NAME = REM_TABLE.column(9, "lldpRemSysName");
  public static final ColumnId SYS_DESC = REM_TABLE.column(10, "lldpRemSysDesc");

  /**
   * LldpSystemCapabilitiesMap BITS, first octet: other(0x80), repeater(0x40), bridge(0x20),
   * wlanAccessPoint(0x10), router(0x08), telephone(0x04), docsisCableDevice(0x02),
   * stationOnly(0x01).
   */
  public static final ColumnId SYS_CAP_ENABLED = REM_TABLE.column(12, "lldpRemSysCapEnabled");

  /** The device's own LLDP ports, indexed by lldpLocPortNum. */
  public static final TableId LOC_PORT_TABLE =
      new TableId("lldpLocPortTable", Oid.parse("1.0.8802.1.1.2.1.3.7.1"));

  public static final ColumnId LOC_PORT_ID = LOC_PORT_TABLE.column(3, "lldpLocPortId");
  public static final ColumnId LOC_PORT_DESC = LOC_PORT_TABLE.column(4, "lldpLocPortDesc");

  /**
   * Indexed by timeMark.localPortNum.remIndex.addrSubtype.addrLength.addr...: the address is in the
   * index.
   */
  public static final TableId REM_MAN_ADDR_TABLE =
      new TableId("lldpRemManAddrTable", Oid.parse("1.0.8802.1.1.2.1.4.2.1"));

  /** Walked for the indexes it reveals; its value is not used. */
  public static final ColumnId MAN_ADDR_IF_SUBTYPE =
      REM_MAN_ADDR_TABLE.column(3, "lldpRemManAddrIfSubtype");

  private LldpMib() {}
}
