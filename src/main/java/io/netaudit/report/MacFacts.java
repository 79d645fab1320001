package io.netaudit.report;

import java.util.List;

/**
 * The MAC addresses a row stands for and where they were seen. A device row lists the device's own
 * MACs (its interfaces, its own forwarding-table and ARP entries); an endpoint row (a MAC an
 * audited switch or router knows) its one MAC, the switch port and VLAN it sits behind and the IPs
 * an ARP or neighbour table gave for it. Every MAC of a run is in one row only.
 *
 * @param macs lower-case {@code aa:bb:cc:dd:ee:ff}, in order
 * @param port the port name, e.g. {@code Gi1/0/7}; "" when not known
 * @param vlan the VLAN id; null when not known
 * @param addresses for an endpoint row, its IP addresses (text), in order; empty otherwise
 */
public record MacFacts(List<String> macs, String port, Integer vlan, List<String> addresses) {
  /** No MAC known. */
  public static final MacFacts NONE = new MacFacts(List.of(), "", null, List.of());

  public MacFacts {
    macs = macs == null ? List.of() : List.copyOf(macs);
    port = Texts.orEmpty(port);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
  }
}
