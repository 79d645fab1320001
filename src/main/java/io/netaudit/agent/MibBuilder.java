package io.netaudit.agent;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * Builds the objects of a simulated switch or router, table row by table row, in the MIBs' own
 * layout: system group, interfaces (ifTable, ifXTable), bridge ports, forwarding tables (BRIDGE-MIB
 * and Q-BRIDGE-MIB), ARP caches (IP-MIB), LLDP neighbours and Cisco VTP VLANs. For the demo, the
 * end-to-end tests and the benchmarks.
 */
public final class MibBuilder {
  private final Map<OID, Variable> objects = new HashMap<>();

  /** sysDescr, sysObjectID, sysUpTime, sysName: the system group a scan reads first. */
  public MibBuilder system(String descr, String objectId, String name) {
    put("1.3.6.1.2.1.1.1.0", text(descr));
    put("1.3.6.1.2.1.1.2.0", new OID(objectId));
    put("1.3.6.1.2.1.1.3.0", new TimeTicks(8_640_000L));
    put("1.3.6.1.2.1.1.4.0", text("noc@example.net"));
    put("1.3.6.1.2.1.1.5.0", text(name));
    put("1.3.6.1.2.1.1.6.0", text(""));
    put("1.3.6.1.2.1.1.7.0", new Integer32(6));
    return this;
  }

  /** An interface: ifDescr, ifPhysAddress (null for none) and ifName. */
  public MibBuilder iface(int ifIndex, String name, byte[] mac) {
    put("1.3.6.1.2.1.2.2.1.1." + ifIndex, new Integer32(ifIndex));
    put("1.3.6.1.2.1.2.2.1.2." + ifIndex, text(name));
    put("1.3.6.1.2.1.2.2.1.6." + ifIndex, new OctetString(mac == null ? new byte[0] : mac));
    put("1.3.6.1.2.1.31.1.1.1.1." + ifIndex, text(name));
    return this;
  }

  /** dot1dBasePortIfIndex: bridge port -> ifIndex. */
  public MibBuilder bridgePort(int port, int ifIndex) {
    put("1.3.6.1.2.1.17.1.4.1.2." + port, new Integer32(ifIndex));
    return this;
  }

  /** A Q-BRIDGE-MIB dot1qTpFdbTable entry; status 3 learned, 4 self, 5 mgmt. */
  public MibBuilder qFdb(int fdbId, byte[] mac, int bridgePort, int status) {
    String index = fdbId + "." + arcs(mac);
    put("1.3.6.1.2.1.17.7.1.2.2.1.2." + index, new Integer32(bridgePort));
    put("1.3.6.1.2.1.17.7.1.2.2.1.3." + index, new Integer32(status));
    return this;
  }

  /** dot1qVlanFdbId: which FDB VLAN {@code vlan} learns in. */
  public MibBuilder vlanFdb(int vlan, int fdbId) {
    put("1.3.6.1.2.1.17.7.1.4.2.1.3.0." + vlan, new Integer32(fdbId));
    return this;
  }

  /** A BRIDGE-MIB dot1dTpFdbTable entry (also what a Cisco per-VLAN context serves). */
  public MibBuilder fdb(byte[] mac, int bridgePort, int status) {
    String index = arcs(mac);
    put("1.3.6.1.2.1.17.4.3.1.2." + index, new Integer32(bridgePort));
    put("1.3.6.1.2.1.17.4.3.1.3." + index, new Integer32(status));
    return this;
  }

  /** An ARP entry in ipNetToMediaTable (type 3 dynamic) on {@code ifIndex}. */
  public MibBuilder arp(int ifIndex, byte[] ip, byte[] mac) {
    String index = ifIndex + "." + arcs(ip);
    put("1.3.6.1.2.1.4.22.1.2." + index, new OctetString(mac));
    put("1.3.6.1.2.1.4.22.1.4." + index, new Integer32(3));
    return this;
  }

  /**
   * An LLDP neighbour on local port {@code localPort}: its name and system description and its
   * enabled capabilities (first octet: bridge 0x20, router 0x08, telephone 0x04).
   */
  public MibBuilder lldpNeighbour(int localPort, String name, String descr, int capabilities) {
    String rem = "1.0.8802.1.1.2.1.4.1.1.";
    String index = "0." + localPort + ".1";
    put(rem + "9." + index, text(name));
    put(rem + "10." + index, text(descr));
    put(rem + "12." + index, new OctetString(new byte[] {(byte) capabilities, 0}));
    return this;
  }

  /** A VLAN in CISCO-VTP-MIB vtpVlanState, operational. */
  public MibBuilder vtpVlan(int vlan) {
    put("1.3.6.1.4.1.9.9.46.1.3.1.1.2.1." + vlan, new Integer32(1));
    return this;
  }

  /** Any other object. */
  public MibBuilder put(String oid, Variable value) {
    objects.put(new OID(oid), value);
    return this;
  }

  public AgentMib build() {
    return new AgentMib(objects);
  }

  private static String arcs(byte[] octets) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < octets.length; i++) {
      if (i > 0) {
        b.append('.');
      }
      b.append(octets[i] & 0xff);
    }
    return b.toString();
  }

  private static OctetString text(String s) {
    return new OctetString(s.getBytes(StandardCharsets.UTF_8));
  }
}
