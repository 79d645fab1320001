package io.netaudit.audit;

import io.netaudit.snmp.CdpMib;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.LldpMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads LLDP-MIB and CISCO-CDP-MIB neighbour rows into {@link Neighbour}s. */
final class NeighbourReader {
  /** LldpChassisIdSubtype macAddress(4). */
  private static final String CHASSIS_ID_MAC = "4";

  /** The columns {@link #read} uses; the inventory plan walks them. */
  static final Reads READS =
      Reads.columns(
          LldpMib.CHASSIS_ID_SUBTYPE,
          LldpMib.CHASSIS_ID,
          LldpMib.SYS_NAME,
          LldpMib.SYS_DESC,
          LldpMib.MAN_ADDR_IF_SUBTYPE,
          CdpMib.ADDRESS,
          CdpMib.VERSION,
          CdpMib.DEVICE_ID,
          CdpMib.PLATFORM);

  private NeighbourReader() {}

  static List<Neighbour> read(InetAddress seenBy, Inventory inv) {
    List<Neighbour> out = new ArrayList<>();
    Map<Oid, InetAddress> managementAddresses =
        lldpManagementAddresses(inv.rows(LldpMib.REM_MAN_ADDR_TABLE));
    for (TableRow r : inv.rows(LldpMib.REM_TABLE)) {
      MacAddress chassisMac =
          CHASSIS_ID_MAC.equals(r.get(LldpMib.CHASSIS_ID_SUBTYPE).text().trim())
              ? MacAddress.of(r.get(LldpMib.CHASSIS_ID).raw()).orElse(null)
              : null;
      String name = r.get(LldpMib.SYS_NAME).text();
      String descr = r.get(LldpMib.SYS_DESC).text();
      if (name.isBlank() && descr.isBlank() && chassisMac == null) {
        continue;
      }
      out.add(
          new Neighbour(
              managementAddresses.get(r.index()), name, descr, chassisMac, "LLDP", seenBy));
    }
    for (TableRow r : inv.rows(CdpMib.CACHE_TABLE)) {
      String descr = (r.get(CdpMib.VERSION).text() + " " + r.get(CdpMib.PLATFORM).text()).trim();
      String name = r.get(CdpMib.DEVICE_ID).text();
      if (name.isBlank() && descr.isBlank()) {
        continue;
      }
      out.add(new Neighbour(ipv4(r.get(CdpMib.ADDRESS)), name, descr, null, "CDP", seenBy));
    }
    return out;
  }

  /**
   * lldpRemManAddrTable is indexed by timeMark.localPort.remIndex.addrSubtype.addrLength.addr...;
   * the first three arcs name the lldpRemTable row. Only IPv4 (subtype 1) and IPv6 (subtype 2)
   * addresses are used.
   */
  static Map<Oid, InetAddress> lldpManagementAddresses(List<TableRow> rows) {
    Map<Oid, InetAddress> out = new HashMap<>();
    for (TableRow r : rows) {
      Oid index = r.index();
      if (index.size() < 6) {
        continue;
      }
      long subtype = index.arc(3);
      long length = index.arc(4);
      if ((subtype != 1 || length != 4) && (subtype != 2 || length != 16)
          || index.size() != 5 + length) {
        continue;
      }
      byte[] addr = new byte[(int) length];
      boolean ok = true;
      for (int i = 0; i < length; i++) {
        long b = index.arc(5 + i);
        ok &= b <= 255;
        addr[i] = (byte) b;
      }
      if (ok) {
        try {
          out.putIfAbsent(
              Oid.of(index.arc(0), index.arc(1), index.arc(2)), InetAddress.getByAddress(addr));
        } catch (UnknownHostException e) {
          // unreachable for 4 or 16 octets
        }
      }
    }
    return out;
  }

  /** cdpCacheAddress of type ip(1) is 4 raw octets. */
  private static InetAddress ipv4(DeviceString value) {
    byte[] raw = value.raw();
    if (raw.length != 4) {
      return null;
    }
    try {
      return InetAddress.getByAddress(raw);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
