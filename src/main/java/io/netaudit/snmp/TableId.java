package io.netaudit.snmp;

import java.util.Objects;

/**
 * An SNMP table: its MIB name (as notes and logs show it) and the OID of its entry; its columns are
 * {@link ColumnId}s made by {@link #column}. Each table the tool reads is defined once, in its
 * MIB's class ({@link EntityMib}, {@link IfMib}, {@link LldpMib}, {@link CdpMib}).
 */
public record TableId(String name, Oid entry) {
  public TableId {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entry, "entry");
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
