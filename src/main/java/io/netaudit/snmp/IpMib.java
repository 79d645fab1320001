package io.netaudit.snmp;

/** IP-MIB (RFC 4293) address translation: the ARP cache and the IPv6 neighbour cache. */
public final class IpMib {
  /**
   * Indexed by ifIndex.addressType.addressLength.address... (type ipv4(1) with 4 octets, ipv6(2)
   * with 16); IPv4 and IPv6 neighbours alike.
   */
  public static final TableId NET_TO_PHYSICAL_TABLE =
      TableId.perAddress("ipNetToPhysicalTable", Oid.parse("1.3.6.1.2.1.4.35.1"));

  public static final ColumnId NET_TO_PHYSICAL_PHYS_ADDRESS =
      NET_TO_PHYSICAL_TABLE.column(4, "ipNetToPhysicalPhysAddress");

  /** other(1), invalid(2), dynamic(3), static(4), local(5): local is the device's own address. */
  public static final ColumnId NET_TO_PHYSICAL_TYPE =
      NET_TO_PHYSICAL_TABLE.column(6, "ipNetToPhysicalType");

  /** The older IPv4-only ARP table, indexed by ifIndex.a.b.c.d. */
  public static final TableId NET_TO_MEDIA_TABLE =
      TableId.perAddress("ipNetToMediaTable", Oid.parse("1.3.6.1.2.1.4.22.1"));

  public static final ColumnId NET_TO_MEDIA_PHYS_ADDRESS =
      NET_TO_MEDIA_TABLE.column(2, "ipNetToMediaPhysAddress");

  /** other(1), invalid(2), dynamic(3), static(4). */
  public static final ColumnId NET_TO_MEDIA_TYPE = NET_TO_MEDIA_TABLE.column(4, "ipNetToMediaType");

  private IpMib() {}
}
