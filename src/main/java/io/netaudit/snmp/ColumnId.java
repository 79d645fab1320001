package io.netaudit.snmp;

import java.util.Objects;

/**
 * One column of a table: the table, the column number (the arc after the table's entry) and the
 * column's MIB name. Made by {@link TableId#column}.
 */
public record ColumnId(TableId table, int number, String name) {
  public ColumnId {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    if (number < 1) {
      throw new IllegalArgumentException("column number must be positive: " + number);
    }
  }

  /** The column's OID: the table's entry followed by the column number. */
  public Oid oid() {
    return table.entry().append(number);
  }

  @Override
  public String toString() {
    return name;
  }
}
