package io.netaudit.audit;

import io.netaudit.snmp.BridgeMib;
import io.netaudit.snmp.CdpMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.LldpMib;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.TableRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of a device's ports face another switch or router, from its LLDP and CDP neighbours: a MAC
 * learnt on such a port is only passing through (an uplink), so it is not where the device sits. A
 * neighbour counts when it advertises bridge, router or switch capability and is not a telephone
 * (IP phones bridge a PC port, yet sit at the edge). Neighbours that advertise no capabilities do
 * not count.
 */
final class NeighbourPorts {
  /** LldpSystemCapabilitiesMap, first octet: bridge 0x20, router 0x08, telephone 0x04. */
  private static final int LLDP_BRIDGE_OR_ROUTER = 0x20 | 0x08;

  private static final int LLDP_TELEPHONE = 0x04;

  /** cdpCacheCapabilities: router 0x01, TB 0x02, SRB 0x04, switch 0x08; phone 0x80. */
  private static final int CDP_BRIDGE_OR_ROUTER = 0x01 | 0x02 | 0x04 | 0x08;

  private static final int CDP_PHONE = 0x80;

  static final Reads READS =
      Reads.columns(
          LldpMib.SYS_CAP_ENABLED,
          LldpMib.LOC_PORT_ID,
          LldpMib.LOC_PORT_DESC,
          CdpMib.CAPABILITIES,
          BridgeMib.BASE_PORT_IF_INDEX);

  private NeighbourPorts() {}

  /** The ifIndexes of ports with a switch or router neighbour. */
  static Set<Integer> facingSwitches(Inventory inv, Map<Integer, String> ifNames) {
    Set<Integer> out = new HashSet<>();
    for (TableRow r : inv.rows(CdpMib.CACHE_TABLE)) {
      int caps = lastOctets(r.get(CdpMib.CAPABILITIES).raw());
      if (r.index().size() >= 1 && (caps & CDP_BRIDGE_OR_ROUTER) != 0 && (caps & CDP_PHONE) == 0) {
        out.add((int) Math.min(Integer.MAX_VALUE, r.index().arc(0)));
      }
    }
    Map<Integer, Integer> localPorts = lldpLocalPorts(inv, ifNames);
    for (TableRow r : inv.rows(LldpMib.REM_TABLE)) {
      byte[] caps = r.get(LldpMib.SYS_CAP_ENABLED).raw();
      int first = caps.length == 0 ? 0 : caps[0] & 0xff;
      if (r.index().size() >= 2
          && (first & LLDP_BRIDGE_OR_ROUTER) != 0
          && (first & LLDP_TELEPHONE) == 0) {
        int portNum = (int) Math.min(Integer.MAX_VALUE, r.index().arc(1));
        out.add(localPorts.getOrDefault(portNum, portNum));
      }
    }
    return out;
  }

  /**
   * lldpLocPortNum -> ifIndex: the interface whose ifName or ifDescr is the LLDP port's id or
   * description; else the bridge port of that number; else the number itself (most agents number
   * LLDP ports by ifIndex).
   */
  private static Map<Integer, Integer> lldpLocalPorts(Inventory inv, Map<Integer, String> ifNames) {
    Map<String, Integer> byName = new HashMap<>();
    ifNames.forEach((ifIndex, name) -> byName.putIfAbsent(name, ifIndex));
    Map<Integer, Integer> bridge = new HashMap<>();
    for (TableRow r : inv.rows(BridgeMib.BASE_PORT_TABLE)) {
      int ifIndex = EndpointReader.number(r.get(BridgeMib.BASE_PORT_IF_INDEX));
      if (r.index().size() == 1 && ifIndex > 0) {
        bridge.put((int) r.index().arc(0), ifIndex);
      }
    }
    Map<Integer, Integer> out = new HashMap<>();
    for (TableRow r : inv.rows(LldpMib.LOC_PORT_TABLE)) {
      if (r.index().size() != 1) {
        continue;
      }
      int portNum = (int) Math.min(Integer.MAX_VALUE, r.index().arc(0));
      Integer ifIndex = byName.get(r.get(LldpMib.LOC_PORT_ID).text().strip());
      if (ifIndex == null) {
        ifIndex = byName.get(r.get(LldpMib.LOC_PORT_DESC).text().strip());
      }
      if (ifIndex == null && !ifNames.containsKey(portNum)) {
        ifIndex = bridge.get(portNum);
      }
      if (ifIndex != null) {
        out.put(portNum, ifIndex);
      }
    }
    return out;
  }

  /** A capability mask of up to 4 octets, big-endian. */
  private static int lastOctets(byte[] raw) {
    int v = 0;
    for (int i = Math.max(0, raw.length - 4); i < raw.length; i++) {
      v = v << 8 | (raw[i] & 0xff);
    }
    return v;
  }
}
