package io.netaudit.audit;

import io.netaudit.snmp.BridgeMib;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.IpMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.QBridgeMib;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a switch or router knows of the devices around it: its forwarding tables (BRIDGE-MIB
 * dot1dTpFdbTable, Q-BRIDGE-MIB dot1qTpFdbTable, and Cisco's per-VLAN BRIDGE-MIB) and its ARP and
 * neighbour caches (IP-MIB ipNetToPhysicalTable, ipNetToMediaTable). Each learnt address becomes a
 * sighting (MAC, port name, VLAN; or MAC and IP) in an {@link EndpointTable}; the device's own
 * addresses (self and mgmt forwarding entries, local ARP entries, its interfaces' MACs) are marked
 * as its own. Ports with an LLDP or CDP neighbour that is a switch or router are marked as facing
 * one. Entries that are not endpoints (invalid ones, multicast and broadcast addresses,
 * 00:00:00:00:00:00) and malformed ones are counted in the notes, which say what was skipped.
 *
 * <p>Over 300 lines because it is one reader of the endpoint tables: each table's decoding and its
 * index parsing (addresses, VLANs, bridge ports) are short steps of the same pass over one device.
 */
final class EndpointReader {
  /** dot1dTpFdbStatus / dot1qTpFdbStatus. */
  private static final int INVALID = 2;

  private static final int SELF = 4;
  private static final int MGMT = 5;

  /** ipNetToPhysicalType local(5): the device's own address. */
  private static final int LOCAL = 5;

  /** The tables read; the per-VLAN BRIDGE-MIB is read in each VLAN the device lists. */
  static final Reads READS =
      Reads.columns(
              QBridgeMib.TP_FDB_PORT,
              QBridgeMib.TP_FDB_STATUS,
              QBridgeMib.VLAN_FDB_ID,
              BridgeMib.TP_FDB_PORT,
              BridgeMib.TP_FDB_STATUS,
              BridgeMib.BASE_PORT_IF_INDEX,
              IpMib.NET_TO_PHYSICAL_PHYS_ADDRESS,
              IpMib.NET_TO_PHYSICAL_TYPE,
              IpMib.NET_TO_MEDIA_PHYS_ADDRESS,
              IpMib.NET_TO_MEDIA_TYPE,
              IfMib.PHYS_ADDRESS,
              IfMib.DESCR,
              IfMib.NAME)
          .and(NeighbourPorts.READS)
          .and(
              Reads.perVlan(
                  BridgeMib.TP_FDB_PORT, BridgeMib.TP_FDB_STATUS, BridgeMib.BASE_PORT_IF_INDEX));

  private final Inventory inv;
  private final EndpointTable.DeviceSink sink;
  private final Map<Integer, String> ifNames;
  private final Set<Integer> facingSwitches;
  private final Skipped skipped = new Skipped();

  private EndpointReader(Inventory inv, EndpointTable.DeviceSink sink) {
    this.inv = inv;
    this.sink = sink;
    this.ifNames = interfaceNames(inv);
    this.facingSwitches = NeighbourPorts.facingSwitches(inv, ifNames);
  }

  /**
   * Adds what {@code inv} knows to {@code sink}; returns the notes on what was skipped (for the
   * device's detail), empty when nothing was.
   */
  static List<String> read(Inventory inv, EndpointTable.DeviceSink sink) {
    EndpointReader r = new EndpointReader(inv, sink);
    r.ownInterfaces();
    Map<Integer, Integer> bridgePorts = bridgePorts(inv.rows(BridgeMib.BASE_PORT_TABLE));
    r.qBridge(bridgePorts);
    r.bridge(inv.rows(BridgeMib.TP_FDB_TABLE), bridgePorts, 0);
    inv.vlanTables()
        .forEach(
            (vlan, tables) -> {
              Map<Integer, Integer> ports =
                  new HashMap<>(
                      bridgePorts(tables.getOrDefault(BridgeMib.BASE_PORT_TABLE, List.of())));
              bridgePorts.forEach(ports::putIfAbsent);
              r.bridge(tables.getOrDefault(BridgeMib.TP_FDB_TABLE, List.of()), ports, vlan);
            });
    r.arpPhysical();
    r.arpMedia();
    return r.skipped.notes();
  }

  private void ownInterfaces() {
    for (TableRow row : inv.rows(IfMib.IF_TABLE)) {
      MacAddress.of(row.get(IfMib.PHYS_ADDRESS).raw())
          .filter(m -> !m.isGroup())
          .ifPresent(m -> sink.own(m.value()));
    }
  }

  /** dot1qTpFdbTable: fdbId.mac -> port, status; the FDB id maps to a VLAN. */
  private void qBridge(Map<Integer, Integer> bridgePorts) {
    List<TableRow> rows = inv.rows(QBridgeMib.TP_FDB_TABLE);
    if (rows.isEmpty()) {
      return;
    }
    Map<Long, Integer> vlanOfFdb = vlanOfFdb(inv.rows(QBridgeMib.VLAN_CURRENT_TABLE));
    for (TableRow row : rows) {
      MacAddress mac = MacAddress.fromIndex(row.index(), 1).orElse(null);
      if (mac == null) {
        skipped.malformed(QBridgeMib.TP_FDB_TABLE);
        continue;
      }
      long fdb = row.index().arc(0);
      Integer vlan = vlanOfFdb.get(fdb);
      if (vlan == null) {
        // Without dot1qVlanCurrentTable most switches use the VLAN id as the FDB id.
        vlan = vlanOfFdb.isEmpty() && fdb >= 1 && fdb <= 4094 ? (int) fdb : 0;
      }
      forwarding(
          mac,
          number(row.get(QBridgeMib.TP_FDB_STATUS)),
          number(row.get(QBridgeMib.TP_FDB_PORT)),
          bridgePorts,
          vlan);
    }
  }

  /** dot1dTpFdbTable (the default context, or one VLAN's on Cisco): mac -> port, status. */
  private void bridge(List<TableRow> rows, Map<Integer, Integer> bridgePorts, int vlan) {
    for (TableRow row : rows) {
      MacAddress mac = MacAddress.fromIndex(row.index(), 0).orElse(null);
      if (mac == null) {
        skipped.malformed(BridgeMib.TP_FDB_TABLE);
        continue;
      }
      forwarding(
          mac,
          number(row.get(BridgeMib.TP_FDB_STATUS)),
          number(row.get(BridgeMib.TP_FDB_PORT)),
          bridgePorts,
          vlan);
    }
  }

  private void forwarding(
      MacAddress mac, int status, int bridgePort, Map<Integer, Integer> bridgePorts, int vlan) {
    if (status == INVALID) {
      skipped.invalid++;
      return;
    }
    if (!endpointAddress(mac)) {
      return;
    }
    if (status == SELF || status == MGMT) {
      sink.own(mac.value());
      return;
    }
    Integer ifIndex = bridgePort > 0 ? bridgePorts.get(bridgePort) : null;
    String port =
        ifIndex != null ? portName(ifIndex) : bridgePort > 0 ? "bridge port " + bridgePort : "";
    sink.forwarding(mac.value(), port, vlan, ifIndex != null && facingSwitches.contains(ifIndex));
  }

  /** ipNetToPhysicalTable: ifIndex.type.length.address -> MAC, type. */
  private void arpPhysical() {
    for (TableRow row : inv.rows(IpMib.NET_TO_PHYSICAL_TABLE)) {
      Oid index = row.index();
      InetAddress ip = lengthPrefixedAddress(index);
      int type = number(row.get(IpMib.NET_TO_PHYSICAL_TYPE));
      arp(
          IpMib.NET_TO_PHYSICAL_TABLE,
          row.get(IpMib.NET_TO_PHYSICAL_PHYS_ADDRESS),
          ip,
          (int) Math.min(Integer.MAX_VALUE, index.arc(0)),
          type);
    }
  }

  /** ipNetToMediaTable: ifIndex.a.b.c.d -> MAC, type. */
  private void arpMedia() {
    for (TableRow row : inv.rows(IpMib.NET_TO_MEDIA_TABLE)) {
      Oid index = row.index();
      InetAddress ip = index.size() == 5 ? address(index, 1, 4) : null;
      arp(
          IpMib.NET_TO_MEDIA_TABLE,
          row.get(IpMib.NET_TO_MEDIA_PHYS_ADDRESS),
          ip,
          (int) Math.min(Integer.MAX_VALUE, index.arc(0)),
          number(row.get(IpMib.NET_TO_MEDIA_TYPE)));
    }
  }

  private void arp(TableId table, DeviceString physical, InetAddress ip, int ifIndex, int type) {
    if (type == INVALID) {
      skipped.invalid++;
      return;
    }
    if (physical.isEmpty()) {
      skipped.incomplete++;
      return;
    }
    MacAddress mac = MacAddress.fromTable(physical.raw()).orElse(null);
    if (mac == null) {
      skipped.malformed(table);
      return;
    }
    if (ip == null) {
      skipped.unreadableIp(table); // the MAC is real: kept, without its IP
    }
    if (!endpointAddress(mac)) {
      return;
    }
    if (type == LOCAL) {
      sink.own(mac.value());
      return;
    }
    sink.arp(mac.value(), ip, portName(ifIndex));
  }

  /** Group (multicast, broadcast) and all-zero addresses are not endpoints: counted, skipped. */
  private boolean endpointAddress(MacAddress mac) {
    if (mac.value() == 0) {
      skipped.zero++;
      return false;
    }
    if (mac.isGroup()) {
      skipped.group++;
      return false;
    }
    return true;
  }

  private String portName(int ifIndex) {
    String name = ifNames.get(ifIndex);
    return name != null ? name : "ifIndex " + ifIndex;
  }

  /** ifName (ifXTable), else ifDescr, by ifIndex. */
  static Map<Integer, String> interfaceNames(Inventory inv) {
    Map<Integer, String> names = new HashMap<>();
    for (TableRow row : inv.rows(IfMib.IF_TABLE)) {
      String descr = row.get(IfMib.DESCR).text().strip();
      if (!descr.isEmpty() && row.index().size() == 1) {
        names.put((int) row.index().arc(0), descr);
      }
    }
    for (TableRow row : inv.rows(IfMib.IF_X_TABLE)) {
      String name = row.get(IfMib.NAME).text().strip();
      if (!name.isEmpty() && row.index().size() == 1) {
        names.put((int) row.index().arc(0), name);
      }
    }
    return names;
  }

  /** dot1dBasePortTable: bridge port -> ifIndex. */
  private static Map<Integer, Integer> bridgePorts(List<TableRow> rows) {
    Map<Integer, Integer> out = new HashMap<>();
    for (TableRow row : rows) {
      int ifIndex = number(row.get(BridgeMib.BASE_PORT_IF_INDEX));
      if (row.index().size() == 1 && ifIndex > 0) {
        out.put((int) row.index().arc(0), ifIndex);
      }
    }
    return out;
  }

  /**
   * dot1qVlanCurrentTable (timeMark.vlan -> FDB id): each FDB's lowest VLAN (shared learning maps
   * several VLANs to one FDB).
   */
  private static Map<Long, Integer> vlanOfFdb(List<TableRow> rows) {
    Map<Long, Integer> out = new HashMap<>();
    for (TableRow row : rows) {
      int fdb = number(row.get(QBridgeMib.VLAN_FDB_ID));
      if (row.index().size() == 2 && fdb >= 0) {
        int vlan = (int) Math.min(Integer.MAX_VALUE, row.index().arc(1));
        out.merge((long) fdb, vlan, Math::min);
      }
    }
    return out;
  }

  /** type.length.address... from arc 1 of an ipNetToPhysicalTable index (ipv4 or ipv6 only). */
  private static InetAddress lengthPrefixedAddress(Oid index) {
    if (index.size() < 3) {
      return null;
    }
    long type = index.arc(1);
    long length = index.arc(2);
    boolean ok = (type == 1 && length == 4) || (type == 2 && length == 16);
    return ok && index.size() == 3 + length ? address(index, 3, (int) length) : null;
  }

  private static InetAddress address(Oid index, int from, int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      long arc = index.arc(from + i);
      if (arc > 255) {
        return null;
      }
      b[i] = (byte) arc;
    }
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      return null; // unreachable for 4 or 16 octets
    }
  }

  /** An INTEGER column's value; -1 when absent or not a number. */
  static int number(DeviceString value) {
    String t = value.text().strip();
    if (t.isEmpty() || t.length() > 10) {
      return -1;
    }
    try {
      long n = Long.parseLong(t);
      return n < 0 || n > Integer.MAX_VALUE ? -1 : (int) n;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** What was not taken, for the device's detail. */
  private static final class Skipped {
    private final Map<String, Integer> malformed = new LinkedHashMap<>();
    int invalid;
    int incomplete;
    int group;
    int zero;

    private final Map<String, Integer> noIp = new LinkedHashMap<>();

    void malformed(TableId table) {
      malformed.merge(table.name(), 1, Integer::sum);
    }

    void unreadableIp(TableId table) {
      noIp.merge(table.name(), 1, Integer::sum);
    }

    List<String> notes() {
      List<String> notes = new ArrayList<>();
      malformed.forEach(
          (table, n) -> notes.add(table + ": " + n + " entries with a malformed MAC skipped"));
      noIp.forEach(
          (table, n) ->
              notes.add(
                  table + ": " + n + " entries with a malformed index: MAC kept, IP unknown"));
      List<String> others = new ArrayList<>();
      if (group > 0) {
        others.add(group + " multicast/broadcast");
      }
      if (zero > 0) {
        others.add(zero + " all-zero (00:00:00:00:00:00)");
      }
      if (invalid > 0) {
        others.add(invalid + " invalid");
      }
      if (incomplete > 0) {
        others.add(incomplete + " incomplete ARP");
      }
      if (!others.isEmpty()) {
        notes.add("forwarding/ARP entries that are not endpoints: " + String.join(", ", others));
      }
      return notes;
    }
  }
}
