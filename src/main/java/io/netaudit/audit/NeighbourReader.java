package io.netaudit.audit;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Inventory;
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

  private NeighbourReader() {}

  static List<Neighbour> read(InetAddress seenBy, Inventory inv) {
    List<Neighbour> out = new ArrayList<>();
    Map<String, InetAddress> managementAddresses =
        lldpManagementAddresses(inv.lldpManagementAddresses());
    for (TableRow r : inv.lldpNeighbours()) {
      String chassisMac =
          CHASSIS_ID_MAC.equals(r.column(4).text().trim())
              ? ObservationsBuilder.mac(r.column(5))
              : null;
      String name = r.column(9).text();
      String descr = r.column(10).text();
      if (name.isBlank() && descr.isBlank() && chassisMac == null) {
        continue;
      }
      out.add(
          new Neighbour(
              managementAddresses.get(r.index()), name, descr, chassisMac, "LLDP", seenBy));
    }
    for (TableRow r : inv.cdpNeighbours()) {
      String descr = (r.column(5).text() + " " + r.column(8).text()).trim();
      String name = r.column(6).text();
      if (name.isBlank() && descr.isBlank()) {
        continue;
      }
      out.add(new Neighbour(ipv4(r.column(4)), name, descr, null, "CDP", seenBy));
    }
    return out;
  }

  /**
   * lldpRemManAddrTable is indexed by timeMark.localPort.remIndex.addrSubtype.addrLength.addr...;
   * the first three arcs name the lldpRemTable row. Only IPv4 (subtype 1) and IPv6 (subtype 2)
   * addresses are used.
   */
  static Map<String, InetAddress> lldpManagementAddresses(List<TableRow> rows) {
    Map<String, InetAddress> out = new HashMap<>();
    for (TableRow r : rows) {
      String[] arcs = r.index().split("\\.");
      if (arcs.length < 6) {
        continue;
      }
      int subtype = ObservationsBuilder.parseInt(arcs[3]);
      int length = ObservationsBuilder.parseInt(arcs[4]);
      if ((subtype != 1 || length != 4) && (subtype != 2 || length != 16)
          || arcs.length != 5 + length) {
        continue;
      }
      byte[] addr = new byte[length];
      boolean ok = true;
      for (int i = 0; i < length; i++) {
        int b = ObservationsBuilder.parseInt(arcs[5 + i]);
        ok &= b >= 0 && b <= 255;
        addr[i] = (byte) b;
      }
      if (ok) {
        try {
          out.putIfAbsent(arcs[0] + "." + arcs[1] + "." + arcs[2], InetAddress.getByAddress(addr));
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
