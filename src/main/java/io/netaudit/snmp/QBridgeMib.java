package io.netaudit.snmp;

/**
 * Q-BRIDGE-MIB (RFC 4363): the forwarding database of a VLAN-aware bridge, and which filtering
 * database (FDB id) each VLAN uses.
 */
public final class QBridgeMib {
  /** Indexed by dot1qFdbId.mac (1 + 6 arcs); one row per learnt address and FDB. */
  public static final TableId TP_FDB_TABLE =
      TableId.perAddress("dot1qTpFdbTable", Oid.parse("1.3.6.1.2.1.17.7.1.2.2.1"));

  /** The bridge port the address was learnt on; 0 = not known. */
  public static final ColumnId TP_FDB_PORT = TP_FDB_TABLE.column(2, "dot1qTpFdbPort");

  /** other(1), invalid(2), learned(3), self(4), mgmt(5). */
  public static final ColumnId TP_FDB_STATUS = TP_FDB_TABLE.column(3, "dot1qTpFdbStatus");

  /** Indexed by dot1qVlanTimeMark.dot1qVlanIndex. */
  public static final TableId VLAN_CURRENT_TABLE =
      new TableId("dot1qVlanCurrentTable", Oid.parse("1.3.6.1.2.1.17.7.1.4.2.1"));

  /** The FDB id the VLAN's addresses are learnt in (shared learning maps several VLANs to one). */
  public static final ColumnId VLAN_FDB_ID = VLAN_CURRENT_TABLE.column(3, "dot1qVlanFdbId");

  private QBridgeMib() {}
}
