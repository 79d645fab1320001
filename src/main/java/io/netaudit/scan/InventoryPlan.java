package io.netaudit.scan;

import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the inventory round reads from each device that answered: what the readers of device data
 * (the identification signals, the neighbour reader) declared in their {@link Reads}, built by the
 * caller that knows them. Scalars are fetched with GET, table columns by bounded walks, served
 * enterprise subtrees by a bounded GETNEXT probe. {@link #NONE} is {@code --depth system}: one GET
 * per device and nothing more.
 *
 * @param reads what to read; the system group is left out (the first GET reads it anyway)
 * @param rowLimit the most rows read of one table
 * @param genericEnterprises enterprise numbers of generic agents (net-snmp, UCD, ...): a device
 *     identifying as one is probed for the subtrees it serves, and their subtrees are skipped
 */
public record InventoryPlan(Reads reads, int rowLimit, Set<Long> genericEnterprises) {
  public static final InventoryPlan NONE = new InventoryPlan(Reads.NOTHING, 0, Set.of());

  /** Rows read at most per table: a core switch has hundreds of entities and interfaces. */
  static final int ROW_LIMIT = 1000;

  public InventoryPlan {
    reads = reads.withoutScalars(SystemMib.GROUP);
    // UCD (2021) and net-snmp (8072) are generic whatever the catalogue says.
    Set<Long> generic = new HashSet<>(genericEnterprises);
    generic.add(2021L);
    generic.add(8072L);
    genericEnterprises = Set.copyOf(generic);
    if (rowLimit < 0) {
      throw new IllegalArgumentException("rowLimit must not be negative");
    }
  }

  /** The columns to walk, grouped by table: tables in declared order, columns by number. */
  List<ColumnId> walkedColumns() {
    List<ColumnId> out = new ArrayList<>();
    reads.tables().values().forEach(out::addAll);
    return out;
  }

  /** The inventory depth: everything {@code reads} asks for. */
  public static InventoryPlan full(Reads reads, Set<Long> genericEnterprises) {
    return new InventoryPlan(reads, ROW_LIMIT, genericEnterprises);
  }
}
