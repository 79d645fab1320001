package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Confidence;
import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.SignalSource;
import io.netaudit.identify.Strength;
import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An endpoint's verdict: the device rules, except that an OUI alone is never RESTRICTED. */
class EndpointVerdictTest {
  private static final Vendor HIKVISION = new Vendor("hikvision", "Hikvision");
  private static final Vendor H3C = new Vendor("h3c", "H3C");
  private static final String OUI =
      "MAC OUI 44:19:b6 = Hangzhou Hikvision Digital Technology Co.,Ltd. (IEEE MA-L)";

  private static Policy policy;

  @BeforeAll
  static void load() throws PolicyException {
    policy = Policy.loadBundled();
  }

  @Test
  void aRestrictedMakerNamedOnlyByTheOuiIsReviewAndSaysSo() {
    Identification id = identified(HIKVISION, evidence(SignalSource.OUI, HIKVISION, OUI));

    assertThat(policy.judge(id).status()).as("the device rule").isEqualTo(AuditStatus.RESTRICTED);
    Verdict v = policy.judgeEndpoint(id);
    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.reason()).startsWith(OUI + "; no other signal: Hikvision is restricted by ");
    assertThat(v.advisories()).isEqualTo(policy.judge(id).advisories());
    assertThat(v.vendor()).contains(HIKVISION);
  }

  @Test
  void aCorroboratedRestrictedMakerStaysRestricted() {
    Identification id =
        identified(
            HIKVISION,
            evidence(SignalSource.OUI, HIKVISION, OUI),
            evidence(SignalSource.SYS_DESCR, HIKVISION, "LLDP description names Hikvision"));

    assertThat(policy.judgeEndpoint(id).status()).isEqualTo(AuditStatus.RESTRICTED);
  }

  @Test
  void reviewMakersAndUnidentifiedOnesAreJudgedAsDevicesAre() {
    Identification h3c = identified(H3C, evidence(SignalSource.OUI, H3C, "MAC OUI 00:0f:e2 = x"));
    assertThat(policy.judgeEndpoint(h3c)).isEqualTo(policy.judge(h3c));
    Identification none =
        new Identification(
            Optional.empty(),
            Confidence.LOW,
            List.of(),
            List.of(),
            List.of("locally administered"));
    assertThat(policy.judgeEndpoint(none).status()).isEqualTo(AuditStatus.UNIDENTIFIED);
  }

  private static Evidence evidence(SignalSource source, Vendor v, String detail) {
    return new Evidence(source, v, Strength.WEAK, detail);
  }

  private static Identification identified(Vendor v, Evidence... evidence) {
    return new Identification(
        Optional.of(v), Confidence.LOW, List.of(evidence), List.of(), List.of());
  }
}
