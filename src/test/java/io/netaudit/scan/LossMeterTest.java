package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each event the probes report adds to the evidence. */
class LossMeterTest {
  private final LossMeter meter = new LossMeter();

  @Test
  void requestsToAnsweringDevicesAreTheLossSample() {
    meter.request(true);
    meter.request(true);
    meter.request(false);
    RetryEvidence e = meter.evidence();
    assertThat(e.requests()).isEqualTo(3);
    assertThat(e.lost()).isEqualTo(1);
  }

  @Test
  void aDeviceFoundLateCountsTheAttemptsItMissedInItsOwnVersion() {
    meter.found(1, 0, true); // answered the first attempt
    meter.found(3, 1, true); // v2c lost, v1 unanswered (not counted), v2c answered
    RetryEvidence e = meter.evidence();
    assertThat(e.devicesFound()).isEqualTo(2);
    assertThat(e.requests()).isEqualTo(3);
    assertThat(e.lost()).isEqualTo(1);
    assertThat(e.attemptsPerAnswer()).isEqualTo(2.0);
  }

  @Test
  void theV2cCheckTellsLossFromAV1OnlyAgent() {
    meter.found(2, 0, true);
    meter.v2cChecked(true, 1); // it speaks v2c: its first v2c attempt was lost
    meter.found(2, 0, true);
    meter.v2cChecked(false, 1); // v1 only: nothing lost
    RetryEvidence e = meter.evidence();
    assertThat(e.lost()).isEqualTo(1);
    assertThat(e.requests()).isEqualTo(3);
    assertThat(e.v1Only()).isEqualTo(1);
    assertThat(e.v1Checked()).isEqualTo(2);
  }

  @Test
  void devicesAtAddressesNotAskedInV1AreNotPartOfTheV1Sample() {
    meter.found(1, 0, false);
    meter.found(1, 0, true);
    meter.silentRetry();
    RetryEvidence e = meter.counted();
    assertThat(e.devicesFound()).isEqualTo(2);
    assertThat(e.v1Checked()).isEqualTo(1);
    assertThat(e.silentRetries()).isEqualTo(1);
  }

  @Test
  void aSnapshotIsTakenAgainOnlyAfterAChange() {
    RetryEvidence first = meter.evidence();
    assertThat(meter.evidence()).as("nothing changed").isSameAs(first);
    meter.silentRetry();
    assertThat(meter.evidence())
        .as("a silent retry is not evidence for a decision: the snapshot stays")
        .isSameAs(first);
    RetryEvidence second = meter.counted();
    assertThat(second).isNotSameAs(first);
    assertThat(second.silentRetries()).as("the summary's count").isEqualTo(1);
    meter.revived();
    meter.found(1, 0, false);
    meter.v2cChecked(false, 0);
    meter.request(false);
    RetryEvidence third = meter.evidence();
    assertThat(third.revived()).isEqualTo(1);
    assertThat(third.silentRetries()).isEqualTo(2);
    assertThat(third.v1Only()).isEqualTo(1);
    assertThat(third.lost()).isEqualTo(1);
    assertThat(meter.evidence()).isSameAs(third);
  }
}
