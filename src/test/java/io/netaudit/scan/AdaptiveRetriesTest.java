package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Retries that follow the network, end to end over real UDP: without {@code --retries}, silent
 * addresses get as many attempts as the loss measured on the devices that answer makes worth it.
 * Devices are raw responders on 127.0.56.1-100; 127.0.56.101-255 and 127.0.57.0-255 are silent.
 */
@Timeout(120)
class AdaptiveRetriesTest {
  private static final int DEVICES = 100;
  // Generous: a late reply is loss to the sweep, and a loaded CI machine must not look lossy.
  private static final long TIMEOUT_MS = 1000;
  private static final Map<String, byte[]> SYSTEM =
      RawResponder.system("adaptive", "1.3.6.1.4.1.9.1.1", "a");

  private static List<InetAddress> targets() {
    List<InetAddress> out = new ArrayList<>();
    for (int i = 1; i <= 255; i++) {
      out.add(SweepHarness.ip(56, i));
    }
    for (int i = 0; i <= 255; i++) {
      out.add(SweepHarness.ip(57, i));
    }
    return out;
  }

  private static SweepSettings adaptive(int port, boolean engineProbe, long timeoutMillis) {
    return SweepSettings.builder(
            List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))))
        .set(SweepSettings.PORT, port)
        .set(SweepSettings.TIMEOUT, Duration.ofMillis(timeoutMillis))
        .set(SweepSettings.WINDOW, 512)
        .engineIdProbe(engineProbe)
        .build();
  }

  private static SweepHarness.Outcome sweep(Function<InetAddress, Behavior> device, boolean probe)
      throws Exception {
    return sweep(device, probe, TIMEOUT_MS);
  }

  private static SweepHarness.Outcome sweep(
      Function<InetAddress, Behavior> device, boolean probe, long timeoutMillis) throws Exception {
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    for (int i = 1; i <= DEVICES; i++) {
      InetAddress a = SweepHarness.ip(56, i);
      behaviors.put(a, device.apply(a));
    }
    try (RawResponder net = RawResponder.start(behaviors, 0)) {
      SweepSettings s = adaptive(net.port(), probe, timeoutMillis);
      assertThat(s.adaptiveRetries()).as("no retries given: adaptive").isTrue();
      return SweepHarness.sweep(s, targets());
    }
  }

  private static long found(SweepHarness.Outcome out) {
    return out.results().values().stream().filter(p -> p.status() == ProbeStatus.ANSWERED).count();
  }

  @Test
  void withNoEvidenceASilentAddressGetsTwoAttemptsNotFour() throws Exception {
    List<InetAddress> silent = targets().subList(0, 256);
    SweepSettings s = adaptive(1, true, 300); // port 1: nothing answers there
    SweepHarness.Outcome out = SweepHarness.sweep(s, silent);
    // The prior (1 % loss) asks for v2c then v1, each with the discovery; the forced default
    // (3 retries) would be 4 GETs and 2 discoveries.
    assertThat(out.stats().packetsSent()).isEqualTo(4L * silent.size());
    assertThat(out.stats().retryDecision())
        .startsWith("loss 0.0 % (0 of 0 requests unanswered): 1 retry to silent addresses");
  }

  @Test
  void onACleanNetworkSilentAddressesGetNoMoreThanThePriorAsks() throws Exception {
    SweepHarness.Outcome out = sweep(a -> RawResponder.agent(SYSTEM), true, 2 * TIMEOUT_MS);
    int silent = targets().size() - DEVICES;
    assertThat(found(out)).isEqualTo(DEVICES);
    assertThat(out.stats().retryDecision()).startsWith("loss 0.0 % (0 of 100 requests");
    assertThat(out.stats().packetsSent())
        .as("devices: a GET and a discovery; silent: at most 2 GETs and 2 discoveries")
        .isLessThanOrEqualTo(2L * DEVICES + 4L * silent);
  }

  @Test
  void aV1OnlyAgentIsFoundWhileTheNetworkHasNotShownNoneNeedsV1() throws Exception {
    InetAddress v1Only = SweepHarness.ip(56, 7);
    SweepHarness.Outcome out =
        sweep(
            a ->
                a.equals(v1Only)
                    ? r -> r.isV1() ? List.of(Reply.of(RawResponder.answer(r, SYSTEM))) : List.of()
                    : RawResponder.agent(SYSTEM),
            false);
    ProbeResult r = out.get(v1Only);
    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    assertThat(r.version()).isEqualTo(SnmpVersion.V1);
    assertThat(out.stats().retryDecision()).contains("v1-only agents: 1 of ");
  }

  @Test
  void underHeavyLossSilentAddressesGetMoreAttemptsAndDevicesAreStillFound() throws Exception {
    double loss = 0.3;
    SweepHarness.Outcome out =
        sweep(
            a -> {
              Random random = new Random(20_260_101L + (a.getAddress()[3] & 0xff) * 7919L);
              return r -> {
                synchronized (random) {
                  if (random.nextDouble() < loss) {
                    return List.of();
                  }
                }
                return List.of(Reply.of(RawResponder.answer(r, SYSTEM)));
              };
            },
            false);
    // Two attempts each would miss about 9 of 100 (0.3^2); the measured loss buys more.
    int[] twoAttempts = FaultInjectionTest.binomial99(DEVICES, loss * loss);
    assertThat(DEVICES - found(out)).isLessThan(twoAttempts[1]);
    assertThat(out.stats().retryDecision()).contains("3 retries to silent addresses");
  }

  @Test
  void aFleetOfV1OnlyAgentsIsFoundFromTheFirstOneASentinelHits() throws Exception {
    // 250 ordinary devices (enough evidence: no retry, v1 only at sentinels), 256 silent
    // addresses, then a fleet: every 8th address of 127.0.60.0/24 answers only SNMPv1.
    List<InetAddress> targets = new ArrayList<>();
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    for (int i = 1; i <= 250; i++) {
      targets.add(SweepHarness.ip(58, i));
      behaviors.put(SweepHarness.ip(58, i), RawResponder.agent(SYSTEM));
    }
    for (int i = 0; i <= 255; i++) {
      targets.add(SweepHarness.ip(59, i));
    }
    List<InetAddress> fleet = new ArrayList<>();
    Behavior v1Only = r -> r.isV1() ? List.of(Reply.of(RawResponder.answer(r, SYSTEM))) : List.of();
    boolean sentinelInFleet = false;
    for (int i = 0; i <= 255; i++) {
      InetAddress a = SweepHarness.ip(60, i);
      if (i % 8 == 4) {
        fleet.add(a);
        behaviors.put(a, v1Only);
        sentinelInFleet |= RetryPolicy.sentinel(targets.size());
      }
      targets.add(a);
    }
    assertThat(sentinelInFleet).as("the layout puts a sentinel on a fleet member").isTrue();
    try (RawResponder net = RawResponder.start(behaviors, 0)) {
      SweepHarness.Outcome out =
          SweepHarness.sweep(adaptive(net.port(), false, TIMEOUT_MS), targets);
      for (InetAddress a : fleet) {
        assertThat(out.get(a).status()).as("%s", a).isEqualTo(ProbeStatus.ANSWERED);
        assertThat(out.get(a).version()).isEqualTo(SnmpVersion.V1);
      }
      assertThat(out.stats().retryDecision()).contains("held silent addresses then asked in v1");
    }
  }

  @Test
  void anAgentSlowerThanTheTimeoutIsFoundWhenItsHoldEnds() throws Exception {
    InetAddress slow = SweepHarness.ip(56, 3);
    long late = TIMEOUT_MS * 14 / 10;
    SweepHarness.Outcome out =
        sweep(
            a ->
                a.equals(slow)
                    ? r -> List.of(Reply.of(RawResponder.answer(r, SYSTEM)).after(late))
                    : RawResponder.agent(SYSTEM),
            false);
    assertThat(out.get(slow).status()).isEqualTo(ProbeStatus.ANSWERED);
    assertThat(out.get(slow).system().descr().text()).isEqualTo("adaptive");
  }
}
