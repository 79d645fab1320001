package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The attempts one silent address gets, on evidence fed to the meter by hand: no network. */
class FirstRoundTest {
  private static final InetAddress ADDRESS = SweepHarness.ip("127.0.70.1");
  private static final long NOT_SENTINEL =
      LongStream.range(0, 100).filter(s -> !RetryPolicy.sentinel(s)).findFirst().orElseThrow();
  private static final long SENTINEL =
      LongStream.range(0, 100).filter(RetryPolicy::sentinel).findFirst().orElseThrow();

  /** A meter that has seen 2,000 devices answer 10,000 requests, none lost, none v1-only. */
  private static LossMeter clean() {
    LossMeter meter = new LossMeter();
    for (int i = 0; i < 2_000; i++) {
      meter.found(1, 0, true);
      for (int r = 0; r < 4; r++) {
        meter.request(true);
      }
    }
    return meter;
  }

  private static ProbeConfig config(LossMeter meter, Predicate<InetAddress> engineHeard) {
    return new ProbeConfig(
        List.of(Probes.PUBLIC),
        3,
        1000,
        Clock.systemUTC(),
        Ticker.SYSTEM,
        InventoryPlan.NONE,
        true,
        a -> false,
        engineHeard,
        new RetryPolicy(true, 3),
        meter,
        new FindRequests(1));
  }

  /** Every request the round makes until it gives up. */
  private static List<Request> attempts(FirstRound round) {
    List<Request> sent = new ArrayList<>();
    for (Request r = round.first(); r != null; r = round.afterTimeout()) {
      sent.add(r);
    }
    return sent;
  }

  @Test
  void onACleanNetworkASilentAddressGetsOneAttemptWithTheDiscovery() {
    FirstRound round = new FirstRound(ADDRESS, config(clean(), a -> false), NOT_SENTINEL, notes());
    List<Request> sent = attempts(round);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).version()).isEqualTo(SnmpVersion.V2C);
    assertThat(sent.get(0).withEngineProbe()).isTrue();
    assertThat(round.holdable()).isTrue();
    assertThat(round.release()).as("nothing came from it meanwhile").isNull();
    assertThat(round.unanswered().status()).isEqualTo(ProbeStatus.NO_RESPONSE);
  }

  @Test
  void aHeldAddressIsRevivedWithItsV1AttemptOnce() {
    LossMeter meter = clean();
    FirstRound round = new FirstRound(ADDRESS, config(meter, a -> false), NOT_SENTINEL, notes());
    assertThat(attempts(round)).hasSize(1);
    Request v1 = round.revive();
    assertThat(v1.version()).isEqualTo(SnmpVersion.V1);
    assertThat(v1.withEngineProbe()).isFalse();
    assertThat(round.afterTimeout()).isNull();
    assertThat(round.revive()).as("it has had its v1 attempt").isNull();
    assertThat(meter.evidence().revived()).isEqualTo(1);
  }

  @Test
  void atTheEndOfItsHoldAnAddressHeardLateTakesTheSlowChance() {
    FirstRound round =
        new FirstRound(
            ADDRESS,
            new ProbeConfig(
                List.of(Probes.PUBLIC),
                3,
                1000,
                Clock.systemUTC(),
                Ticker.SYSTEM,
                InventoryPlan.NONE,
                true,
                a -> true, // late replies came from it
                a -> false,
                new RetryPolicy(true, 3),
                clean(),
                new FindRequests(1)),
            NOT_SENTINEL,
            notes());
    assertThat(round.first()).isNotNull();
    Request slow = round.afterTimeout();
    assertThat(slow.timeoutFactor()).isEqualTo(FirstRound.SLOW_AGENT_TIMEOUT_FACTOR);
    assertThat(round.afterTimeout()).isNull();
    assertThat(round.release()).as("the chance is taken once").isNull();
    assertThat(round.unanswered().detail()).contains("even with 4x the timeout");
  }

  @Test
  void aSentinelIsStillAskedInV1() {
    List<Request> sent =
        attempts(new FirstRound(ADDRESS, config(clean(), a -> false), SENTINEL, notes()));
    assertThat(sent).extracting(Request::version).containsExactly(SnmpVersion.V2C, SnmpVersion.V1);
    assertThat(sent).extracting(Request::withEngineProbe).containsExactly(true, false);
  }

  @Test
  void anAddressWhoseSnmpEngineAnsweredIsOwedItsV1Attempt() {
    List<Request> sent =
        attempts(new FirstRound(ADDRESS, config(clean(), a -> true), NOT_SENTINEL, notes()));
    assertThat(sent).extracting(Request::version).containsExactly(SnmpVersion.V2C, SnmpVersion.V1);

    // ... also when the engine's answer came after the round: at the end of the hold.
    AtomicBoolean engine = new AtomicBoolean();
    FirstRound late =
        new FirstRound(ADDRESS, config(clean(), a -> engine.get()), NOT_SENTINEL, notes());
    assertThat(attempts(late)).hasSize(1);
    engine.set(true);
    assertThat(late.release().version()).isEqualTo(SnmpVersion.V1);
  }

  @Test
  void underLossTheAttemptsAndDiscoveriesFollowIt() {
    LossMeter lossy = new LossMeter();
    for (int i = 0; i < 1_000; i++) {
      lossy.request(i % 20 != 0); // 5 %
    }
    List<Request> sent =
        attempts(new FirstRound(ADDRESS, config(lossy, a -> false), NOT_SENTINEL, notes()));
    assertThat(sent)
        .extracting(Request::version)
        .containsExactly(SnmpVersion.V2C, SnmpVersion.V1, SnmpVersion.V2C);
    assertThat(sent).extracting(Request::withEngineProbe).containsExactly(true, true, true);
    assertThat(lossy.counted().silentRetries()).isEqualTo(2);
  }

  private static List<String> notes() {
    return new ArrayList<>();
  }
}
