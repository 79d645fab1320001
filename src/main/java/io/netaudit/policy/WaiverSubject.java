package io.netaudit.policy;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a finding a waiver can match.
 *
 * @param address the row's address
 * @param macs the device's MAC addresses as lowercase hex without separators (its interfaces, and
 *     the row's MAC once the report has one)
 * @param serial the device's (or component's) serial number; "" when unknown
 * @param site the site the row belongs to; "" until sites exist
 * @param vendorId the identified maker's id; "" when none
 * @param vendorName the identified maker's name; "" when none
 * @param advisories the ids of the advisories behind the finding
 */
public record WaiverSubject(
    InetAddress address,
    Set<String> macs,
    String serial,
    String site,
    String vendorId,
    String vendorName,
    List<String> advisories) {

  public WaiverSubject {
    Objects.requireNonNull(address, "address");
    macs = Set.copyOf(macs);
    serial = serial == null ? "" : serial;
    site = site == null ? "" : site;
    vendorId = vendorId == null ? "" : vendorId;
    vendorName = vendorName == null ? "" : vendorName;
    advisories = List.copyOf(advisories);
  }
}
