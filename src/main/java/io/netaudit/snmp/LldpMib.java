package io.netaudit.snmp;

/** LLDP-MIB (IEEE 802.1AB) remote systems: the neighbours a device learnt over LLDP. */
public final class LldpMib {
  /** Indexed by timeMark.localPortNum.remIndex. */
  public static final TableId REM_TABLE =
      new TableId("lldpRemTable", Oid.parse("1.0.8802.1.1.2.1.4.1.1"));

  /** LldpChassisIdSubtype: 4 = macAddress. */
  public static final ColumnId CHASSIS_ID_SUBTYPE = REM_TABLE.column(4, "lldpRemChassisIdSubtype");

  public static final ColumnId CHASSIS_ID = REM_TABLE.column(5, "lldpRemChassisId");
  public static final ColumnId SYS_NAME = REM_TABLE.column(9, "lldpRemSysName");
  public static final ColumnId SYS_DESC = REM_TABLE.column(10, "lldpRemSysDesc");

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
