package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The retry decisions on numbers: no network, no clock. */
class RetryPolicyTest {
  private static final RetryPolicy ADAPTIVE = new RetryPolicy(true, 3);

  /** {@code lost} of {@code requests} requests, from devices of which none was v1-only. */
  private static RetryEvidence loss(long lost, long requests, long devices) {
    return new RetryEvidence(requests, lost, devices, devices, 0, 0, devices);
  }

  @Test
  void withNothingMeasuredYetTheFirstAddressesGetOneRetry() {
    assertThat(RetryPolicy.loss(RetryEvidence.NONE)).isEqualTo(0.01);
    assertThat(ADAPTIVE.attempts(RetryEvidence.NONE)).isEqualTo(2);
  }

  @Test
  void attemptsAreTheFewestThatBringTheChanceOfMissingADeviceUnderOneInAThousand() {
    assertThat(ADAPTIVE.attemptsFor(0.0)).isEqualTo(1);
    assertThat(ADAPTIVE.attemptsFor(0.001)).isEqualTo(1);
    assertThat(ADAPTIVE.attemptsFor(0.004)).as("0.4 %: 1 retry").isEqualTo(2);
    assertThat(ADAPTIVE.attemptsFor(0.05)).as("5 %: 0.05^3 = 1.25e-4").isEqualTo(3);
    assertThat(ADAPTIVE.attemptsFor(0.20)).as("20 %: capped at retries + 1").isEqualTo(4);
    assertThat(new RetryPolicy(true, 10).attemptsFor(0.20)).isEqualTo(5);
    assertThat(new RetryPolicy(true, 0).attemptsFor(0.5)).isEqualTo(1);
  }

  @Test
  void lossIsMeasuredOnTheDevicesThatAnswered() {
    // 10,000 requests to answering devices, none lost: no retry to silent addresses.
    assertThat(ADAPTIVE.attempts(loss(0, 10_000, 2_000))).isEqualTo(1);
    // 5 % of them lost: two retries.
    assertThat(ADAPTIVE.attempts(loss(500, 10_000, 2_000))).isEqualTo(3);
    // 20 %: as many as allowed.
    assertThat(ADAPTIVE.attempts(loss(2_000, 10_000, 2_000))).isEqualTo(4);
    // A few hundred clean requests are not yet enough to stop retrying.
    assertThat(ADAPTIVE.attempts(loss(0, 100, 20))).isEqualTo(2);
    assertThat(ADAPTIVE.attempts(loss(0, 200, 40))).isEqualTo(1);
  }

  @Test
  void givenRetriesAreForcedWhateverTheEvidence() {
    RetryPolicy forced = new RetryPolicy(false, 1);
    RetryEvidence clean = loss(0, 100_000, 2_000);
    assertThat(forced.attempts(clean)).isEqualTo(2);
    assertThat(forced.another(clean, 1, false)).isTrue();
    assertThat(forced.another(clean, 2, true)).isFalse();
    assertThat(forced.asksV1(clean, 5)).isTrue();
    assertThat(new RetryPolicy(false, 0).another(RetryEvidence.NONE, 1, true)).isFalse();
  }

  @Test
  void aSilentAddressOwedItsV1AttemptGetsItEvenWithoutLoss() {
    RetryEvidence clean = loss(0, 100_000, 2_000);
    assertThat(ADAPTIVE.another(clean, 1, false)).isFalse();
    assertThat(ADAPTIVE.another(clean, 1, true)).isTrue();
    assertThat(ADAPTIVE.another(clean, 4, true)).as("never beyond retries + 1").isFalse();
  }

  @Test
  void v1GoesToEverySilentAddressUntilEnoughDevicesShowNoneNeedsIt() {
    RetryEvidence early = new RetryEvidence(250, 0, 50, 50, 0, 0, 50);
    RetryEvidence later = new RetryEvidence(5_000, 0, 1_000, 1_000, 0, 0, 1_000);
    long everywhereEarly =
        LongStream.range(0, 1_600).filter(s -> ADAPTIVE.asksV1(early, s)).count();
    long sentinelsLater = LongStream.range(0, 1_600).filter(s -> ADAPTIVE.asksV1(later, s)).count();
    assertThat(everywhereEarly).isEqualTo(1_600);
    assertThat(sentinelsLater).as("about 1 in 16").isBetween(70L, 130L);
  }

  @Test
  void aV1OnlyAgentFoundByASentinelBringsV1BackEverywhere() {
    RetryEvidence none = new RetryEvidence(5_000, 0, 1_000, 400, 0, 0, 1_000);
    RetryEvidence one = new RetryEvidence(5_000, 0, 1_000, 400, 1, 0, 1_000);
    assertThat(RetryPolicy.v1OnlyShare(none)).isLessThan(RetryPolicy.V1_ONLY_SHARE);
    assertThat(RetryPolicy.v1OnlyShare(one)).isGreaterThan(RetryPolicy.V1_ONLY_SHARE);
    long notSentinel =
        LongStream.range(0, 100).filter(s -> !RetryPolicy.sentinel(s)).findFirst().orElseThrow();
    assertThat(ADAPTIVE.asksV1(none, notSentinel)).isFalse();
    assertThat(ADAPTIVE.asksV1(one, notSentinel)).isTrue();
  }

  @Test
  void sentinelsAreSpreadSoARegularAddressPlanCannotHideFromThem() {
    // Every 16th address (a .1 in each /28, say) must not be all sentinels or none.
    long hits =
        LongStream.range(0, 16_000).filter(s -> s % 16 == 1).filter(RetryPolicy::sentinel).count();
    assertThat(hits).isBetween(30L, 100L);
    assertThat(RetryPolicy.sentinel(12_345)).isEqualTo(RetryPolicy.sentinel(12_345));
  }

  @Test
  void theDiscoveryGoesOnceAndAgainOnlyWhileLossSaysTheFirstMayBeLost() {
    RetryEvidence clean = loss(0, 100_000, 2_000);
    RetryEvidence lossy = loss(500, 10_000, 2_000);
    assertThat(ADAPTIVE.discoveryWith(clean, 0)).isTrue();
    assertThat(ADAPTIVE.discoveryWith(clean, 1)).isFalse();
    assertThat(ADAPTIVE.discoveryWith(lossy, 1)).isTrue();
    assertThat(ADAPTIVE.discoveryWith(lossy, 2)).isTrue();
    assertThat(ADAPTIVE.discoveryWith(lossy, 3)).isFalse();
    assertThat(new RetryPolicy(false, 3).discoveryWith(clean, 2))
        .as("forced retries do not force the discovery")
        .isFalse();
  }

  @Test
  void theSummarySaysWhatWasDecidedAndWhy() {
    RetryEvidence e = new RetryEvidence(3_010, 12, 600, 600, 0, 4_000, 612);
    assertThat(ADAPTIVE.describe(e))
        .startsWith("loss 0.4 % (12 of 3010 requests unanswered): 1 retry to silent addresses; ")
        .contains("every silent address also asked in SNMPv1")
        .contains("4000 retries sent, 1.02 attempts per answer");
    assertThat(ADAPTIVE.describe(loss(0, 100_000, 2_000)))
        .contains("no retry to silent addresses; SNMPv1 asked at 1 silent address in 16");
    assertThat(new RetryPolicy(false, 1).describe(e))
        .startsWith("1 retry to silent addresses (--retries 1)");
  }

  @Test
  void inconsistentEvidenceIsRefused() {
    assertThatThrownBy(() -> new RetryEvidence(1, 2, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(true, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
