package io.netaudit.audit;

import io.netaudit.text.AddressText;
import java.net.InetAddress;
import java.time.Instant;

/**
 * One place a MAC address was seen: learnt on a port of a switch (forwarding table), or mapped to
 * an IP by a router (ARP or neighbour cache).
 *
 * @param seenBy the device whose table held it
 * @param polledAt when that device was read
 * @param port the port's name (a forwarding entry), or the routed interface's (an ARP entry)
 * @param vlan the VLAN id, 0 when not known
 * @param forwarding true for a forwarding-table entry, false for an ARP entry
 * @param facesSwitch the port has an LLDP/CDP neighbour that is a switch or router
 * @param macsOnPort how many MACs the device learnt on that port (forwarding entries)
 * @param ip the IP an ARP entry gave, else null
 */
record Sighting(
    InetAddress seenBy,
    Instant polledAt,
    String port,
    int vlan,
    boolean forwarding,
    boolean facesSwitch,
    int macsOnPort,
    InetAddress ip) {

  /**
   * A port carrying more MACs than this is an uplink (or a trunk to an unmanaged switch, a
   * hypervisor, a wireless controller): a MAC seen there is not located there while another switch
   * sees it on a quieter port. 16 leaves room for a phone and its PC, a small desk switch or a
   * handful of VMs on an edge port, while trunks between switches carry hundreds.
   */
  static final int MANY_MACS = 16;

  /** Not where the MAC sits: a port facing another switch, or carrying many MACs. */
  boolean uplink() {
    return forwarding && (facesSwitch || macsOnPort > MANY_MACS);
  }

  /** "10.0.0.2 port Gi1/0/7 vlan 20", for the evidence and the detail. */
  String where() {
    StringBuilder b = new StringBuilder(AddressText.of(seenBy));
    if (!port.isEmpty()) {
      b.append(forwarding ? " port " : " interface ").append(port);
    }
    if (vlan > 0) {
      b.append(" vlan ").append(vlan);
    }
    return b.toString();
  }

  /** Why this sighting is not the edge, or what it is: for the evidence. */
  String kind() {
    if (!forwarding) {
      return "ARP entry " + (ip == null ? "" : AddressText.of(ip) + " ") + "(a routed interface)";
    }
    if (facesSwitch) {
      return "uplink: an LLDP/CDP switch or router neighbour";
    }
    if (macsOnPort > MANY_MACS) {
      return "uplink: " + macsOnPort + " MACs on this port";
    }
    return macsOnPort + (macsOnPort == 1 ? " MAC" : " MACs") + " on this port";
  }
}
