package io.netaudit.scan;

/**
 * How many more rows of tables with a row per learnt address (forwarding, ARP) one device may still
 * give: one budget for every such walk of the device, its VLAN contexts included, so a switch with
 * a huge table is cut at a known size and keeps the rows read.
 */
final class RowBudget {
  private final int limit;
  private int taken;

  RowBudget(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    this.limit = limit;
  }

  /** Takes one row; false when the budget is spent. */
  boolean take() {
    if (taken >= limit) {
      return false;
    }
    taken++;
    return true;
  }

  int limit() {
    return limit;
  }

  int taken() {
    return taken;
  }
}
