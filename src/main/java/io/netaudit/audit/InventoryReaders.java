package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.scan.InventoryPlan;

/**
 * The inventory round reads what the audit's readers of device data declared: the identification
 * signals ({@link Identifier#reads()}) and the LLDP/CDP neighbour reader. A reader that needs a new
 * object or table declares it in its own {@code Reads}; nothing here changes.
 */
public final class InventoryReaders {
  private InventoryReaders() {}

  /** The plan of {@code --depth inventory}. */
  public static InventoryPlan plan(Identifier identifier) {
    return InventoryPlan.full(
        identifier.reads().and(NeighbourReader.READS), identifier.genericEnterprises());
  }
}
