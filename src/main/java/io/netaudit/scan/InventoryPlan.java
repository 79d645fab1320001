package io.netaudit.scan;

import java.util.List;
import org.snmp4j.smi.OID;

/**
 * What the inventory round reads from each device that answered: vendor identity objects (from the
 * vendor catalogue) and bounded walks of ENTITY-MIB, IF-MIB ifPhysAddress, LLDP and CDP neighbours.
 * {@link #NONE} is {@code --depth system}: one GET per device and nothing more.
 */
public record InventoryPlan(
    List<String> privateObjects,
    boolean walkTables,
    int rowLimit,
    java.util.Set<Long> genericEnterprises) {
  public static final InventoryPlan NONE =
      new InventoryPlan(List.of(), false, 0, java.util.Set.of());

  static final OID ENT_PHYSICAL_ENTRY = new OID("1.3.6.1.2.1.47.1.1.1.1");

  /**
   * Descr, ContainedIn, Class, Name, HardwareRev, FirmwareRev, SoftwareRev, SerialNum, MfgName,
   * ModelName.
   */
  static final int[] ENT_PHYSICAL_COLUMNS = {2, 4, 5, 7, 8, 9, 10, 11, 12, 13};

  static final OID IF_ENTRY = new OID("1.3.6.1.2.1.2.2.1");
  static final int[] IF_COLUMNS = {6};
  static final OID LLDP_REM_ENTRY = new OID("1.0.8802.1.1.2.1.4.1.1");
  static final int[] LLDP_REM_COLUMNS = {4, 5, 9, 10};
  static final OID LLDP_REM_MAN_ADDR_ENTRY = new OID("1.0.8802.1.1.2.1.4.2.1");
  static final int[] LLDP_REM_MAN_ADDR_COLUMNS = {3};
  static final OID CDP_CACHE_ENTRY = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1");
  static final int[] CDP_CACHE_COLUMNS = {4, 5, 6, 8};

  /** Every column the inventory walks, tagged with its table (the names {@code Inventory} uses). */
  static List<WalkTask.Column> walkedColumns() {
    java.util.List<WalkTask.Column> out = new java.util.ArrayList<>();
    add(out, "entPhysicalTable", ENT_PHYSICAL_ENTRY, ENT_PHYSICAL_COLUMNS);
    add(out, "ifTable", IF_ENTRY, IF_COLUMNS);
    add(out, "lldpRemTable", LLDP_REM_ENTRY, LLDP_REM_COLUMNS);
    add(out, "lldpRemManAddrTable", LLDP_REM_MAN_ADDR_ENTRY, LLDP_REM_MAN_ADDR_COLUMNS);
    add(out, "cdpCacheTable", CDP_CACHE_ENTRY, CDP_CACHE_COLUMNS);
    return out;
  }

  private static void add(List<WalkTask.Column> out, String table, OID entry, int[] columns) {
    for (int c : columns) {
      out.add(new WalkTask.Column(table, entry, c));
    }
  }

  public InventoryPlan {
    privateObjects = List.copyOf(privateObjects);
    // UCD (2021) and net-snmp (8072) are generic whatever the catalogue says.
    java.util.Set<Long> generic = new java.util.HashSet<>(genericEnterprises);
    generic.add(2021L);
    generic.add(8072L);
    genericEnterprises = java.util.Set.copyOf(generic);
    if (rowLimit < 0) {
      throw new IllegalArgumentException("rowLimit must not be negative");
    }
  }

  public static InventoryPlan full(
      List<String> privateObjects, java.util.Set<Long> genericEnterprises) {
    return new InventoryPlan(privateObjects, true, 1000, genericEnterprises);
  }

  boolean isEmpty() {
    return privateObjects.isEmpty() && !walkTables;
  }
}
