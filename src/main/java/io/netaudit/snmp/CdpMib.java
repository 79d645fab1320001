package io.netaudit.snmp;

/** CISCO-CDP-MIB cdpCacheTable: the neighbours a Cisco device learnt over CDP. */
public final class CdpMib {
  /** Indexed by cdpCacheIfIndex.cdpCacheDeviceIndex: the local interface is the first arc. */
  public static final TableId CACHE_TABLE =
      new TableId("cdpCacheTable", Oid.parse("1.3.6.1.4.1.9.9.23.1.2.1.1"));

  /** For cdpCacheAddressType ip(1): 4 raw octets. */
  public static final ColumnId ADDRESS = CACHE_TABLE.column(4, "cdpCacheAddress");

  public static final ColumnId VERSION = CACHE_TABLE.column(5, "cdpCacheVersion");
  public static final ColumnId DEVICE_ID = CACHE_TABLE.column(6, "cdpCacheDeviceId");
  public static final ColumnId PLATFORM = CACHE_TABLE.column(8, "cdpCachePlatform");

  /**
   * 4 octets, a big-endian bit mask: router 0x01, transparent bridge 0x02, source-route bridge
   * 0x04, switch 0x08, host 0x10, IGMP 0x20, repeater 0x40, phone 0x80.
   */
  public static final ColumnId CAPABILITIES = CACHE_TABLE.column(9, "cdpCacheCapabilities");

  private CdpMib() {}
}
