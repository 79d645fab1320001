package io.netaudit.agent;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * One device of a simulated network.
 *
 * @param community the only community it answers
 * @param delay how long it waits before answering
 */
public record SimulatedDevice(
    InetAddress address, AgentMib mib, String community, Fault fault, Duration delay) {
  public SimulatedDevice {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(mib, "mib");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(delay, "delay");
  }

  public SimulatedDevice(InetAddress address, AgentMib mib) {
    this(address, mib, "public", Fault.NONE, Duration.ZERO);
  }

  public SimulatedDevice withFault(Fault f) {
    return new SimulatedDevice(address, mib, community, f, delay);
  }

  public SimulatedDevice withCommunity(String c) {
    return new SimulatedDevice(address, mib, c, fault, delay);
  }

  public SimulatedDevice withDelay(Duration d) {
    return new SimulatedDevice(address, mib, community, fault, d);
  }
}
