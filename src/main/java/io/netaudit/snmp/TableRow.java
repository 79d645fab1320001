package io.netaudit.snmp;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of an SNMP table as a device returned it.
 *
 * @param index the row index: the OID arcs after the column number, dotted (e.g. "1" or "0.5.1")
 * @param columns column number -> value; values that are not strings (integers, OIDs, addresses)
 *     are carried as their SNMP text form
 */
public record TableRow(String index, Map<Integer, DeviceString> columns) {
  public TableRow {
    Objects.requireNonNull(index, "index");
    columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
  }

  public DeviceString column(int column) {
    DeviceString v = columns.get(column);
    return v == null ? DeviceString.EMPTY : v;
  }
}
