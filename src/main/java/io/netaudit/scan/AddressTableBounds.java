package io.netaudit.scan;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of one device's forwarding and ARP tables (and their per-VLAN copies) the inventory
 * round reads: a core switch can know a hundred thousand addresses, and no device may hold the
 * sweep for long. What is cut is said in the device's detail; the rows read are kept.
 *
 * @param rows the most rows of such tables kept per device, all tables and VLANs together
 * @param time the most time spent walking them per device
 * @param maxRepetitions the first GETBULK max-repetitions of these walks, and their floor while the
 *     walk adapts it to the device's answers ({@link WalkTask}; lowered only when an agent answers
 *     tooBig): 24 rows of a forwarding table's two columns (about 29 bytes a varbind) fit a
 *     1,472-byte datagram; an agent with less room truncates the reply
 */
public record AddressTableBounds(int rows, Duration time, int maxRepetitions) {
  /**
   * 250,000 rows (a 100,000-entry forwarding table and its ARP table with room to spare) in 60 s
   * (100,000 rows even from an agent that gives fewer than 2,000 rows per second).
   */
  public static final AddressTableBounds DEFAULT =
      new AddressTableBounds(250_000, Duration.ofSeconds(60), 24);

  public AddressTableBounds {
    Objects.requireNonNull(time, "time");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative");
    }
    if (time.isNegative()) {
      throw new IllegalArgumentException("time must not be negative");
    }
    if (maxRepetitions < 1) {
      throw new IllegalArgumentException("maxRepetitions must be at least 1");
    }
  }
}
