package io.netaudit.snmp;

import java.util.Objects;

/**
 * An SNMP table: its MIB name (as notes and logs show it) and the OID of its entry; its columns are
 * {@link ColumnId}s made by {@link #column}. Each table the tool reads is defined once, in its
 * MIB's class ({@link EntityMib}, {@link IfMib}, {@link LldpMib}, {@link CdpMib}, {@link
 * BridgeMib}, ...).
 *
 * @param perAddress true for a table with one row per address the device learnt (forwarding and ARP
 *     tables): it can hold a hundred thousand rows, so the scan walks it under its own bounds in
 *     rows and time; false for inventory tables (entities, interfaces, neighbours, VLANs)
 */
public record TableId(String name, Oid entry, boolean perAddress) {
  public TableId {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entry, "entry");
  }

  /** An inventory table. */
  public TableId(String name, Oid entry) {
    this(name, entry, false);
  }

  /** A table with one row per address the device learnt. */
  public static TableId perAddress(String name, Oid entry) {
    return new TableId(name, entry, true);
  }

  /** The column {@code number} of this table, named as its MIB names it. */
  public ColumnId column(int number, String columnName) {
    return new ColumnId(this, number, columnName);
  }

  @Override
  public String toString() {
    return name;
  }
}
