package io.netaudit.cli;

/** How much netaudit reads from each device that answers. */
enum Depth {
  /** One GET of the system group: the fastest sweep. */
  SYSTEM,
  /**
   * Also vendor identity objects, ENTITY-MIB, interface MACs and LLDP/CDP neighbours (second round,
   * responders only).
   */
  INVENTORY
}
