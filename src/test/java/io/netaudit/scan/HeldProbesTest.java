package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When held silent addresses are revived in SNMPv1 and when released: a hand-driven ticker. */
class HeldProbesTest {
  private static final long MINIMUM = 3_000;

  private final AtomicLong now = new AtomicLong(1_000);
  private final LossMeter meter = new LossMeter();
  private final HeldProbes held = new HeldProbes(now::get, MINIMUM, 4);
  private final List<DeviceProbe> revived = new ArrayList<>();
  private final List<DeviceProbe> released = new ArrayList<>();

  /** An adaptive-retries probe of a clean network, its one v2c attempt made and timed out. */
  private DeviceProbe silent(int n) {
    ProbeConfig config =
        new ProbeConfig(
            List.of(Probes.PUBLIC),
            3,
            1000,
            Clock.systemUTC(),
            now::get,
            InventoryPlan.NONE,
            false,
            a -> false,
            a -> false,
            new RetryPolicy(true, 3),
            meter,
            new FindRequests(1));
    InetAddress address = SweepHarness.ip("127.0.71." + n);
    DeviceProbe probe = new DeviceProbe(address, config, nonSentinel(n));
    Request first = probe.first();
    assertThat(probe.onTimeout(first).isHeld()).as("one attempt, then held").isTrue();
    return probe;
  }

  private static long nonSentinel(int from) {
    long s = from;
    while (RetryPolicy.sentinel(s)) {
      s++;
    }
    return s;
  }

  /** 2,000 devices that answered 10,000 requests: no retry, v1 at sentinels only. */
  private void cleanNetwork() {
    for (int i = 0; i < 2_000; i++) {
      meter.found(1, 0, true);
      for (int r = 0; r < 4; r++) {
        meter.request(true);
      }
    }
  }

  private void poll(boolean targetsLeft, boolean quiet) {
    held.poll(meter.v1OnlyFound(), targetsLeft, quiet, revived::add, released::add);
  }

  @Test
  void whileTargetsRemainAHoldEndsOnlyPastItsMinimumAndTheCapacity() {
    cleanNetwork();
    List<DeviceProbe> probes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      probes.add(silent(i));
      held.add(probes.get(i - 1));
    }
    poll(true, true);
    assertThat(released).as("over capacity, but not held long enough").isEmpty();
    now.addAndGet(MINIMUM);
    poll(true, true);
    assertThat(released).containsExactly(probes.get(0), probes.get(1));
    assertThat(held.size()).isEqualTo(4);
  }

  @Test
  void onceAllAreIssuedAHoldEndsPastItsMinimumWhenNothingElseIsInFlight() {
    cleanNetwork();
    DeviceProbe a = silent(1);
    held.add(a);
    poll(false, true);
    now.addAndGet(MINIMUM - 1);
    poll(false, true);
    assertThat(released).isEmpty();
    assertThat(held.nanosToNextRelease(10_000)).isEqualTo(1);
    now.addAndGet(1);
    poll(false, false);
    assertThat(released).as("a probe in flight may still find a v1-only agent").isEmpty();
    poll(false, true);
    assertThat(released).containsExactly(a);
    assertThat(held.isEmpty()).isTrue();
  }

  @Test
  void aV1OnlyAgentFoundRevivesTheHeldAndTheLateButOnlyOnce() {
    cleanNetwork();
    DeviceProbe early = silent(1);
    held.add(early);
    poll(true, true);
    DeviceProbe inFlight = silent(2); // issued before the find, joins after it

    meter.v2cChecked(false, 1); // a sentinel found a v1-only agent
    poll(true, true);
    assertThat(revived).containsExactly(early);
    held.add(inFlight);
    poll(true, true);
    assertThat(revived).as("it missed the revival: revived when it joins").hasSize(2);

    // Revived, asked in v1, silent again: held again and not revived for the next find.
    Request v1 = early.onRevive().next();
    assertThat(v1.version()).isEqualTo(io.netaudit.snmp.SnmpVersion.V1);
    assertThat(early.onTimeout(v1).isHeld()).isTrue();
    held.add(early);
    poll(true, true);
    meter.v2cChecked(false, 1);
    poll(true, true);
    assertThat(revived).hasSize(2);
    assertThat(held.size()).isEqualTo(1);

    DeviceProbe after = silent(3); // issued knowing of both finds: an ordinary hold
    held.add(after);
    poll(true, true);
    assertThat(revived).hasSize(2);
  }
}
