package io.netaudit.snmp;

/** IF-MIB (RFC 2863) ifTable. */
public final class IfMib {
  public static final TableId IF_TABLE = new TableId("ifTable", Oid.parse("1.3.6.1.2.1.2.2.1"));

  /** The interface's MAC address (raw octets; 6 for Ethernet). */
  public static final ColumnId PHYS_ADDRESS = IF_TABLE.column(6, "ifPhysAddress");

  private IfMib() {}
}
