package io.netaudit.agent;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One device of a simulated network.
 *
 * @param community the only community it answers
 * @param delay how long it waits before answering
 * @param vlanMibs VLAN -> the objects served in that VLAN's context, asked with community {@code
 *     <community>@<vlan>} as Cisco IOS serves its per-VLAN BRIDGE-MIB
 */
public record SimulatedDevice(
    InetAddress address,
    AgentMib mib,
    String community,
    Fault fault,
    Duration delay,
    Map<Integer, AgentMib> vlanMibs) {
  public SimulatedDevice {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(mib, "mib");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(delay, "delay");
    vlanMibs = Map.copyOf(vlanMibs);
  }

  public SimulatedDevice(
      InetAddress address, AgentMib mib, String community, Fault fault, Duration delay) {
    this(address, mib, community, fault, delay, Map.of());
  }

  public SimulatedDevice(InetAddress address, AgentMib mib) {
    this(address, mib, "public", Fault.NONE, Duration.ZERO);
  }

  public SimulatedDevice withFault(Fault f) {
    return new SimulatedDevice(address, mib, community, f, delay, vlanMibs);
  }

  public SimulatedDevice withCommunity(String c) {
    return new SimulatedDevice(address, mib, c, fault, delay, vlanMibs);
  }

  public SimulatedDevice withDelay(Duration d) {
    return new SimulatedDevice(address, mib, community, fault, d, vlanMibs);
  }

  /** The same device also serving {@code vlanMib} in VLAN {@code vlan}'s context. */
  public SimulatedDevice withVlan(int vlan, AgentMib vlanMib) {
    Map<Integer, AgentMib> m = new HashMap<>(vlanMibs);
    m.put(vlan, vlanMib);
    return new SimulatedDevice(address, mib, community, fault, delay, m);
  }

  /** The objects a request with {@code community} sees, or null when it is not answered. */
  AgentMib mibFor(String asked) {
    if (community.equals(asked)) {
      return mib;
    }
    String prefix = community + "@";
    if (!asked.startsWith(prefix) || asked.length() == prefix.length()) {
      return null;
    }
    try {
      return vlanMibs.get(Integer.parseInt(asked.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
