package io.netaudit.scan;

import io.netaudit.snmp.Community;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Probes for unit tests of the engine's parts: one community, system depth, nothing sent. */
final class Probes {
  static final Community PUBLIC =
      new Community("default", "public".getBytes(StandardCharsets.US_ASCII));

  private Probes() {}

  static ProbeConfig config(Ticker ticker) {
    return new ProbeConfig(
        List.of(PUBLIC),
        1,
        1000,
        Clock.systemUTC(),
        ticker,
        InventoryPlan.NONE,
        false,
        a -> false,
        a -> false,
        new RetryPolicy(false, 1),
        new LossMeter(),
        new FindRequests(1));
  }

  /** A probe of {@code address} and its first request (a v2c system GET). */
  static InFlight first(InetAddress address) {
    DeviceProbe probe = new DeviceProbe(address, config(Ticker.SYSTEM), 0);
    return new InFlight(probe, probe.first());
  }
}
