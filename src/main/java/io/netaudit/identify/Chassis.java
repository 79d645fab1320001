package io.netaudit.identify;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which entPhysical row stands for the device itself. */
final class Chassis {
  private Chassis() {}

  /**
   * The chassis row: the first entPhysicalClass chassis(3) row not contained in another chassis row
   * (a stack holds chassis rows); when no row carries a class at all (entPhysicalClass not read: 0,
   * or a negative value for a column the agent did not answer), the first top-level row
   * (containedIn 0 or less); else empty.
   */
  static Optional<EntityRow> of(List<EntityRow> rows) {
    Set<Integer> chassisIndexes = new HashSet<>();
    for (EntityRow r : rows) {
      if (r.physicalClass() == EntityRow.CLASS_CHASSIS) {
        chassisIndexes.add(r.index());
      }
    }
    for (EntityRow r : rows) {
      if (r.physicalClass() == EntityRow.CLASS_CHASSIS
          && !chassisIndexes.contains(r.containedIn())) {
        return Optional.of(r);
      }
    }
    if (!chassisIndexes.isEmpty()) {
      return rows.stream().filter(r -> r.physicalClass() == EntityRow.CLASS_CHASSIS).findFirst();
    }
    // entPhysicalClass not read at all: the first top-level row stands for the device
    if (rows.stream().allMatch(r -> r.physicalClass() <= 0)) {
      return rows.stream().filter(r -> r.containedIn() <= 0).findFirst();
    }
    return Optional.empty();
  }
}
