package io.netaudit.snmp;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of an SNMP table as a device returned it.
 *
 * @param table the table the row belongs to
 * @param index the row index: the arcs after the column's OID (e.g. {@code 1} or {@code 0.5.1})
 * @param columns column number -> value, for the columns the device answered; values that are not
 *     strings (integers, OIDs, addresses) are carried as their SNMP text form. Read them with
 *     {@link #get(ColumnId)}.
 */
public record TableRow(TableId table, Oid index, Map<Integer, DeviceString> columns) {
  public TableRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
    if (!(columns instanceof ColumnValues)) {
      columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }
  }

  /**
   * A row over a walk's arrays, not copied: the column numbers (ascending, shared by the rows of
   * one walk) and this row's values (null = not answered). For walks of large tables, where a map
   * per row would cost three times the memory.
   */
  public static TableRow ofWalk(TableId table, Oid index, int[] numbers, DeviceString[] values) {
    return new TableRow(table, index, new ColumnValues(numbers, values));
  }

  /**
   * The value of {@code column}, or {@link DeviceString#EMPTY} when the device did not answer it.
   *
   * @throws IllegalArgumentException when the column belongs to another table
   */
  public DeviceString get(ColumnId column) {
    if (!column.table().equals(table)) {
      throw new IllegalArgumentException(column + " is not a column of " + table);
    }
    DeviceString v = columns.get(column.number());
    return v == null ? DeviceString.EMPTY : v;
  }

  /** A row of {@code table} with these column values (by column id); for building rows by hand. */
  public static TableRow of(TableId table, Oid index, Map<ColumnId, DeviceString> values) {
    Map<Integer, DeviceString> byNumber = new TreeMap<>();
    values.forEach(
        (c, v) -> {
          if (!c.table().equals(table)) {
            throw new IllegalArgumentException(c + " is not a column of " + table);
          }
          byNumber.put(c.number(), v);
        });
    return new TableRow(table, index, byNumber);
  }
}
