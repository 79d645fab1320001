package io.netaudit.audit;

import io.netaudit.snmp.MacAddress;
import java.net.InetAddress;

/**
 * A device another device reported over LLDP or CDP.
 *
 * @param managementAddress its management address when it advertised one, else null
 * @param description lldpRemSysDesc, or the CDP version string and platform
 * @param chassisMac the LLDP chassis id when it is a MAC address, else null
 */
record Neighbour(
    InetAddress managementAddress,
    String name,
    String description,
    MacAddress chassisMac,
    String protocol,
    InetAddress seenBy) {

  /** What makes two reports the same neighbour (several devices often see it). */
  String key() {
    if (chassisMac != null) {
      return "mac:" + chassisMac;
    }
    if (managementAddress != null) {
      return "ip:" + managementAddress.getHostAddress();
    }
    return "name:" + name + "|" + description;
  }
}
