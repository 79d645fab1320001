package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a sweep talks to the network.
 *
 * @param port UDP port of the agents
 * @param timeout wait for one reply before the next attempt
 * @param retries further attempts after the first one, per community
 * @param ratePerSecond packets per second, retries included (token bucket)
 * @param window targets in progress at once; each has at most one request in flight, so this is
 *     also the bound on requests in flight. Silent addresses hold their slot for the whole timeout,
 *     so a fast sweep needs a window of about rate x timeout.
 * @param credentials profiles (communities, SNMPv3 users) tried in order per target until one works
 * @param plan what the inventory round reads from responders ({@link InventoryPlan#NONE} = system
 *     group only)
 * @param engineIdProbe also send the credential-less SNMPv3 discovery with the first attempts
 */
public record SweepSettings(
    int port,
    Duration timeout,
    int retries,
    double ratePerSecond,
    int window,
    List<? extends Credential> credentials,
    InventoryPlan plan,
    boolean engineIdProbe) {

  public SweepSettings {
    Objects.requireNonNull(timeout, "timeout");
    credentials = List.<Credential>copyOf(credentials);
    Objects.requireNonNull(plan, "plan");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in 1-65535");
    }
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("timeout must be at least 1ms");
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries " + retries + " is not in 0-10");
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive");
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1");
    }
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("at least one credential profile is needed");
    }
  }

  /** These settings with other credential profiles. */
  public SweepSettings withCredentials(List<? extends Credential> profiles) {
    return new SweepSettings(
        port, timeout, retries, ratePerSecond, window, profiles, plan, engineIdProbe);
  }
}
