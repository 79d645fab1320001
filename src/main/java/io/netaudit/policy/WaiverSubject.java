package io.netaudit.policy;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a finding a waiver can match.
 *
 * @param addresses the row's addresses: a device's one address; an endpoint's IPs as its switches'
 *     ARP and neighbour caches gave them (none, one or several)
 * @param macs the device's MAC addresses as lowercase hex without separators (its interfaces, and
 *     the row's MAC once the report has one)
 * @param serial the device's (or component's) serial number; "" when unknown
 * @param site the site the row belongs to; "" until sites exist
 * @param vendorId the identified maker's id; "" when none
 * @param vendorName the identified maker's name; "" when none
 * @param advisories the ids of the advisories behind the finding
 */
public record WaiverSubject(
    List<InetAddress> addresses,
    Set<String> macs,
    String serial,
    String site,
    String vendorId,
    String vendorName,
    List<String> advisories) {

  public WaiverSubject {
    addresses = List.copyOf(addresses);
    macs = Set.copyOf(macs);
    serial = serial == null ? "" : serial;
    site = site == null ? "" : site;
    vendorId = vendorId == null ? "" : vendorId;
    vendorName = vendorName == null ? "" : vendorName;
    advisories = List.copyOf(advisories);
  }

  /** A finding at one address (a device, a component, a neighbour). */
  public WaiverSubject(
      InetAddress address,
      Set<String> macs,
      String serial,
      String site,
      String vendorId,
      String vendorName,
      List<String> advisories) {
    this(
        List.of(Objects.requireNonNull(address, "address")),
        macs,
        serial,
        site,
        vendorId,
        vendorName,
        advisories);
  }
}
