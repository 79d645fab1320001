package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.scan.InventoryPlan;
import io.netaudit.snmp.Reads;

/**
 * The inventory round reads what the audit's readers of device data declared: the identification
 * signals ({@link Identifier#reads()}), the LLDP/CDP neighbour reader and, unless endpoints are
 * off, the endpoint reader (forwarding and ARP tables). A reader that needs a new object or table
 * declares it in its own {@code Reads}; nothing here changes.
 */
public final class InventoryReaders {
  private InventoryReaders() {}

  /** The plan of {@code --depth inventory}, endpoints included. */
  public static InventoryPlan plan(Identifier identifier) {
    return plan(identifier, true);
  }

  /** The plan of {@code --depth inventory}; {@code endpoints} false is {@code --no-endpoints}. */
  public static InventoryPlan plan(Identifier identifier, boolean endpoints) {
    Reads reads = identifier.reads().and(NeighbourReader.READS);
    return InventoryPlan.full(
        endpoints ? reads.and(EndpointReader.READS) : reads, identifier.genericEnterprises());
  }

  /** Whether {@code plan} reads the tables endpoints come from. */
  static boolean readsEndpoints(InventoryPlan plan) {
    return plan.reads().columns().containsAll(EndpointReader.READS.columns());
  }
}
