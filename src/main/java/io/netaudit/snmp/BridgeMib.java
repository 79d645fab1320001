package io.netaudit.snmp;

/**
 * BRIDGE-MIB (RFC 4188): the forwarding database of a transparent bridge (which MAC was learnt on
 * which bridge port) and the bridge port to ifIndex map. Cisco IOS serves one instance per VLAN,
 * read with community {@code public@<vlan>} (SNMPv3 context {@code vlan-<vlan>}).
 */
public final class BridgeMib {
  /** Indexed by dot1dBasePort. */
  public static final TableId BASE_PORT_TABLE =
      new TableId("dot1dBasePortTable", Oid.parse("1.3.6.1.2.1.17.1.4.1"));

  public static final ColumnId BASE_PORT_IF_INDEX =
      BASE_PORT_TABLE.column(2, "dot1dBasePortIfIndex");

  /** Indexed by the MAC address itself (6 arcs); one row per learnt address. */
  public static final TableId TP_FDB_TABLE =
      TableId.perAddress("dot1dTpFdbTable", Oid.parse("1.3.6.1.2.1.17.4.3.1"));

  /** The bridge port the address was learnt on; 0 = not known. */
  public static final ColumnId TP_FDB_PORT = TP_FDB_TABLE.column(2, "dot1dTpFdbPort");

  /** other(1), invalid(2), learned(3), self(4), mgmt(5). */
  public static final ColumnId TP_FDB_STATUS = TP_FDB_TABLE.column(3, "dot1dTpFdbStatus");

  private BridgeMib() {}
}
