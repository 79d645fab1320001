package io.netaudit.audit;

import io.netaudit.report.AddressOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where an endpoint sits: of all its sightings, the edge port. A MAC is learnt on every switch
 * between it and the router, so the port that faces it is the one that is not an uplink ({@link
 * Sighting#uplink()}), and among those the one carrying the fewest MACs; forwarding entries before
 * ARP entries (an ARP entry names a routed interface, not a socket). The other sightings stay in
 * the evidence.
 *
 * @param edge the chosen sighting
 * @param others the other sightings, best first
 */
record EndpointLocation(Sighting edge, List<Sighting> others) {
  /** How many other sightings the evidence lists; the rest are counted. */
  static final int LISTED = 4;

  private static final AddressOrder ADDRESSES = new AddressOrder();

  private static final Comparator<Sighting> EDGE_FIRST =
      Comparator.comparing((Sighting s) -> !s.forwarding())
          .thenComparing(Sighting::uplink)
          .thenComparingInt(Sighting::macsOnPort)
          .thenComparing(Sighting::seenBy, ADDRESSES)
          .thenComparing(Sighting::port)
          .thenComparingInt(Sighting::vlan);

  /** The location from at least one sighting. */
  static EndpointLocation of(List<Sighting> sightings) {
    if (sightings.isEmpty()) {
      throw new IllegalArgumentException("an endpoint has at least one sighting");
    }
    List<Sighting> sorted = new ArrayList<>(sightings);
    sorted.sort(EDGE_FIRST);
    return new EndpointLocation(sorted.get(0), sorted.subList(1, sorted.size()));
  }

  /** "also seen by 10.0.0.1 port Gi0/1 (uplink: 240 MACs on this port); ...", or "". */
  String otherSightings() {
    if (others.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("also seen by ");
    for (int i = 0; i < Math.min(LISTED, others.size()); i++) {
      Sighting s = others.get(i);
      if (i > 0) {
        b.append("; ");
      }
      b.append(s.where()).append(" (").append(s.kind()).append(')');
    }
    if (others.size() > LISTED) {
      b.append("; and ").append(others.size() - LISTED).append(" more");
    }
    return b.toString();
  }
}
