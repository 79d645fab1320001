package io.netaudit.report;

import java.util.Locale;

/** What a report row describes (its {@code row_type} column). */
public enum RowKind {
  /** The target itself. */
  DEVICE,
  /**
   * An entPhysical row of the device at the row's address whose maker is a finding of its own (e.g.
   * a restricted maker's module in a compliant chassis).
   */
  COMPONENT,
  /**
   * A device that another one reported over LLDP or CDP and that netaudit did not poll (its
   * management address, or the reporting device's address when it has none).
   */
  NEIGHBOUR,
  /**
   * A MAC address an audited switch or router knows (forwarding or ARP table) and that belongs to
   * no audited device: its row has no single address (the {@code address} cell lists the IPs an ARP
   * table gave, maybe none) and says where the MAC sits ({@code seen_by}, {@code port}).
   */
  ENDPOINT;

  /** The lowercase spelling the reports use, e.g. {@code device}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
