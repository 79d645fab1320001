package io.netaudit.snmp;

/** IF-MIB (RFC 2863) ifTable and ifXTable. */
public final class IfMib {
  public static final TableId IF_TABLE = new TableId("ifTable", Oid.parse("1.3.6.1.2.1.2.2.1"));

  /** The interface's MAC address (raw octets; 6 for Ethernet). */
  public static final ColumnId PHYS_ADDRESS = IF_TABLE.column(6, "ifPhysAddress");

  /** The interface's description, e.g. {@code GigabitEthernet1/0/7}. */
  public static final ColumnId DESCR = IF_TABLE.column(2, "ifDescr");

  /** IF-MIB ifXTable, indexed by ifIndex like ifTable. */
  public static final TableId IF_X_TABLE =
      new TableId("ifXTable", Oid.parse("1.3.6.1.2.1.31.1.1.1"));

  /** The interface's short name, e.g. {@code Gi1/0/7}. */
  public static final ColumnId NAME = IF_X_TABLE.column(1, "ifName");

  private IfMib() {}
}
