package io.netaudit.demo;

import io.netaudit.agent.MibBuilder;
import io.netaudit.agent.SimulatedDevice;
import java.util.Map;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * The demo's Cisco access switch (127.77.0.24): like every IOS switch it keeps one BRIDGE-MIB per
 * VLAN (community {@code public@<vlan>}). VLAN 30's forwarding table holds a Hikvision camera on
 * Gi1/0/14 that answers no SNMP itself, a PC, and the MAC of the audited Hikvision camera at
 * 127.77.0.6 (its own row claims it); the switch routes VLAN 30 and its ARP table gives the
 * camera's IP.
 */
final class AccessSwitch {
  /** The camera no scan can audit: it answers no SNMP, the switch knows it. */
  static final byte[] CAMERA = {0x44, 0x19, (byte) 0xb6, 0x3c, 0x51, 0x0e};

  private static final byte[] PC = {0x00, 0x14, 0x22, 0x5a, 0x10, 0x07};
  private static final byte[] AUDITED_CAMERA = {(byte) 0xc0, 0x56, (byte) 0xe3, 1, 2, 3};
  private static final byte[] OWN = {0x00, 0x1b, 0x54, 0x24, 0x00, 0x01};

  private AccessSwitch() {}

  /** The default context: interfaces, the VLANs it lists, its own MAC, its ARP table. */
  static void defaultContext(Map<OID, Variable> m) {
    MibBuilder b = new MibBuilder();
    for (int port = 1; port <= 24; port++) {
      b.iface(10100 + port, "Gi1/0/" + port, null);
    }
    b.iface(30, "Vlan30", OWN)
        .vtpVlan(1)
        .vtpVlan(30)
        .arp(30, new byte[] {10, 30, 0, 25}, CAMERA)
        .arp(30, new byte[] {10, 30, 0, 40}, PC);
    b.build().forEachObject(m::put);
  }

  /** The same device, serving VLAN 1's and VLAN 30's BRIDGE-MIB. */
  static SimulatedDevice withVlans(SimulatedDevice device) {
    MibBuilder vlan1 = new MibBuilder().bridgePort(24, 10124).fdb(OWN, 0, 4);
    MibBuilder vlan30 =
        new MibBuilder()
            .bridgePort(14, 10114)
            .bridgePort(3, 10103)
            .bridgePort(9, 10109)
            .fdb(CAMERA, 14, 3)
            .fdb(PC, 3, 3)
            .fdb(AUDITED_CAMERA, 9, 3);
    return device.withVlan(1, vlan1.build()).withVlan(30, vlan30.build());
  }
}
