package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.ProbeResult;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs one sweep and checks the invariants every sweep must keep, whatever the network did. */
final class SweepHarness {
  record Outcome(Map<InetAddress, ProbeResult> results, SweepStats stats) {
    ProbeResult get(InetAddress a) {
      return results.get(a);
    }
  }

  private SweepHarness() {}

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // literals only: no DNS
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static InetAddress ip(int b2, int b3) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, (byte) b2, (byte) b3});
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static SweepSettings settings(int port, long timeoutMillis, int retries) {
    return new SweepSettings(
        port,
        Duration.ofMillis(timeoutMillis),
        retries,
        5000,
        512,
        List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))),
        InventoryPlan.NONE,
        false);
  }

  /** The system's clock and ticker; secrets the engine derives are not kept. */
  static SweepContext context() {
    return new SweepContext(Clock.systemUTC(), Ticker.SYSTEM, secret -> {});
  }

  /**
   * Sweeps and asserts: exactly one result per target, none for an address that was not a target,
   * and the counters agree with each other.
   */
  static Outcome sweep(SweepSettings s, List<InetAddress> targets) throws Exception {
    List<ProbeResult> out = Collections.synchronizedList(new ArrayList<>());
    SweepStats stats;
    try (Sweeper sweeper = Sweeper.open(s, context())) {
      stats = sweeper.sweep(targets.iterator(), out::add);
    }
    Set<InetAddress> wanted = new HashSet<>(targets);
    Map<InetAddress, ProbeResult> byAddress = new HashMap<>();
    for (ProbeResult r : out) {
      assertThat(wanted).as("result for an address that was not a target").contains(r.address());
      assertThat(byAddress.put(r.address(), r)).as("second result for %s", r.address()).isNull();
    }
    assertThat(byAddress.keySet())
        .as("every target ends in a state")
        .containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(stats.targets()).isEqualTo(targets.size());
    assertThat(stats.matchedReplies() + stats.unmatchedReplies() + stats.undecodableReplies())
        .as("every datagram is matched, unmatched or undecodable")
        .isEqualTo(stats.datagramsReceived());
    assertThat(stats.matchedReplies()).isLessThanOrEqualTo(stats.packetsSent());
    return new Outcome(byAddress, stats);
  }
}
