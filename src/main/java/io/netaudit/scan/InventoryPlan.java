package io.netaudit.scan;

import io.netaudit.snmp.CiscoVtpMib;
import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the inventory round reads from each device that answered: what the readers of device data
 * (the identification signals, the neighbour reader, the endpoint reader) declared in their {@link
 * Reads}, built by the caller that knows them. Scalars are fetched with GET, inventory tables by
 * bounded walks, served enterprise subtrees by a bounded GETNEXT probe; tables with a row per
 * learnt address (forwarding, ARP: {@link io.netaudit.snmp.TableId#perAddress()}) and the per-VLAN
 * tables are walked last, under their own bounds. {@link #NONE} is {@code --depth system}: one GET
 * per device and nothing more.
 *
 * @param reads what to read; the system group is left out (the first GET reads it anyway)
 * @param rowLimit the most rows read of one inventory table
 * @param genericEnterprises enterprise numbers of generic agents (net-snmp, UCD, ...): a device
 *     identifying as one is probed for the subtrees it serves, and their subtrees are skipped
 * @param addressBounds the bounds of the address-table walks of one device
 */
public record InventoryPlan(
    Reads reads, int rowLimit, Set<Long> genericEnterprises, AddressTableBounds addressBounds) {
  public static final InventoryPlan NONE = new InventoryPlan(Reads.NOTHING, 0, Set.of());

  /** Rows read at most per table: a core switch has hundreds of entities and interfaces. */
  static final int ROW_LIMIT = 1000;

  public InventoryPlan(Reads reads, int rowLimit, Set<Long> genericEnterprises) {
    this(reads, rowLimit, genericEnterprises, AddressTableBounds.DEFAULT);
  }

  public InventoryPlan {
    java.util.Objects.requireNonNull(addressBounds, "addressBounds");
    if (!reads.perVlan().isEmpty()) {
      // The VLANs to walk are the ones the device lists: read the list too.
      reads = reads.and(Reads.columns(CiscoVtpMib.VLAN_STATE));
    }
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

  /**
   * The inventory tables' columns to walk, grouped by table: tables in declared order, columns by
   * number.
   */
  List<ColumnId> walkedColumns() {
    return columns(false);
  }

  /** The columns of the tables with a row per learnt address, in the same order. */
  List<ColumnId> addressColumns() {
    return columns(true);
  }

  /** The columns walked again in each VLAN context the device lists. */
  List<ColumnId> perVlanColumns() {
    List<ColumnId> out = new ArrayList<>();
    reads.perVlanTables().values().forEach(out::addAll);
    return out;
  }

  private List<ColumnId> columns(boolean perAddress) {
    List<ColumnId> out = new ArrayList<>();
    reads
        .tables()
        .forEach(
            (table, columns) -> {
              if (table.perAddress() == perAddress) {
                out.addAll(columns);
              }
            });
    return out;
  }

  /** The inventory depth: everything {@code reads} asks for. */
  public static InventoryPlan full(Reads reads, Set<Long> genericEnterprises) {
    return new InventoryPlan(reads, ROW_LIMIT, genericEnterprises);
  }

  /** The same plan with other bounds for the address-table walks. */
  public InventoryPlan withAddressBounds(AddressTableBounds bounds) {
    return new InventoryPlan(reads, rowLimit, genericEnterprises, bounds);
  }
}
