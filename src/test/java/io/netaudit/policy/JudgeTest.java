package io.netaudit.policy;

import static io.netaudit.policy.BundledPolicyTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Confidence;
import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.SignalSource;
import io.netaudit.identify.Strength;
import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static final Vendor HUAWEI = new Vendor("huawei", "Huawei");
  private static final Vendor ZTE = new Vendor("zte", "ZTE");
  private static final Vendor H3C = new Vendor("h3c", "H3C");
  private static final Vendor CISCO = new Vendor("cisco", "Cisco");
  private static final Vendor HIKVISION = new Vendor("hikvision", "Hikvision");

  private static Policy policy;

  @BeforeAll
  static void load() throws PolicyException {
    policy = Policy.loadBundled();
  }

  @Test
  void restrictedVendor() {
    Verdict v = policy.judge(identified(HUAWEI, definitive(HUAWEI)));

    assertThat(v.status()).isEqualTo(AuditStatus.RESTRICTED);
    assertThat(v.vendor()).contains(HUAWEI);
    assertThat(ids(v.advisories())).contains("US-NDAA-889", "CZ-NUKIB-2018");
    assertThat(v.reason())
        .startsWith("Huawei is restricted by US-NDAA-889, US-FCC-CL-2021,")
        .contains("CZ-NUKIB-2018")
        .doesNotContain("\n");
  }

  @Test
  void purposeScopedVendorShowsItsScope() {
    Verdict v = policy.judge(identified(HIKVISION));

    assertThat(v.status()).isEqualTo(AuditStatus.RESTRICTED);
    assertThat(v.reason()).contains("scope: Purpose-scoped");
  }

  @Test
  void reviewVendor() {
    Verdict v = policy.judge(identified(H3C, definitive(H3C)));

    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.advisories()).isEmpty();
    assertThat(v.reason()).startsWith("H3C is flagged for review (named by no advisory)");
  }

  @Test
  void unlistedVendorIsCompliant() {
    Verdict v = policy.judge(identified(CISCO, definitive(CISCO)));

    assertThat(v.status()).isEqualTo(AuditStatus.COMPLIANT);
    assertThat(v.advisories()).isEmpty();
    assertThat(v.reason()).isEqualTo("Cisco is not on the restricted-vendor list");
  }

  @Test
  void noVendorIsUnidentified() {
    Verdict v =
        policy.judge(
            new Identification(Optional.empty(), Confidence.LOW, List.of(), List.of(), List.of()));

    assertThat(v.status()).isEqualTo(AuditStatus.UNIDENTIFIED);
    assertThat(v.vendor()).isEmpty();
    assertThat(v.reason()).isEqualTo("vendor not identified");
  }

  @Test
  void weakEvidenceForARestrictedMakerDoesNotCount() {
    Evidence weak =
        new Evidence(SignalSource.SYS_DESCR, HUAWEI, Strength.WEAK, "sysDescr mentions Huawei");
    Verdict v = policy.judge(identified(CISCO, definitive(CISCO), weak));

    assertThat(v.status()).isEqualTo(AuditStatus.COMPLIANT);
  }

  @Test
  void conflictingDefinitiveEvidenceLiftsCompliantToReview() {
    Verdict v = policy.judge(identified(CISCO, definitive(CISCO), definitive(HUAWEI)));

    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.vendor()).contains(CISCO);
    assertThat(ids(v.advisories())).contains("US-NDAA-889");
    assertThat(v.reason()).contains("conflicting evidence names Huawei (restricted by US-NDAA-889");
  }

  @Test
  void conflictWithoutAnIdentifiedVendorIsReview() {
    Identification id =
        new Identification(
            Optional.empty(),
            Confidence.LOW,
            List.of(definitive(ZTE), definitive(CISCO)),
            List.of("sysObjectID says ZTE, sysDescr says Cisco"),
            List.of());
    Verdict v = policy.judge(id);

    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.reason())
        .isEqualTo(
            "vendor not identified; conflicting evidence names ZTE (restricted by "
                + String.join(", ", ids(policy.ruleFor("zte").orElseThrow().advisories()))
                + ")");
  }

  @Test
  void worstStatusWinsWhenTheIdentifiedVendorIsAlreadyRestricted() {
    Verdict v = policy.judge(identified(HUAWEI, definitive(HUAWEI), definitive(H3C)));

    assertThat(v.status()).isEqualTo(AuditStatus.RESTRICTED);
    assertThat(v.reason())
        .contains("conflicting evidence names H3C (flagged for review (named by no advisory))");
  }

  @Test
  void onlyWeakEvidenceOfListedMakersOnAnUnidentifiedDeviceIsReviewNamingTheFirst() {
    Vendor hytera = new Vendor("hytera", "Hytera");
    Identification id =
        new Identification(
            Optional.empty(),
            Confidence.LOW,
            List.of(
                new Evidence(SignalSource.SYS_OBJECT_ID, hytera, Strength.WEAK, "lwIP 26381"),
                new Evidence(SignalSource.OUI, HUAWEI, Strength.WEAK, "OUI of Huawei")),
            List.of(),
            List.of());
    Verdict v = policy.judge(id);

    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.advisories())
        .containsExactlyElementsOf(policy.ruleFor("hytera").orElseThrow().advisories());
    assertThat(v.reason())
        .isEqualTo(
            "vendor not identified; only weak evidence names Hytera (restricted by "
                + String.join(", ", ids(policy.ruleFor("hytera").orElseThrow().advisories()))
                + "): review the device");
  }

  @Test
  void aPlatformMakerOnTheListLiftsACompliantBrandToReview() {
    Vendor hpe = new Vendor("hpe", "HPE");
    Identification id =
        identified(hpe, definitive(hpe))
            .withPlatforms(
                List.of(new Evidence(SignalSource.SYS_OBJECT_ID, H3C, Strength.WEAK, "Comware")));
    Verdict v = policy.judge(id);

    assertThat(v.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(v.reason())
        .isEqualTo(
            "HPE is not on the restricted-vendor list; built on the platform of H3C"
                + " (flagged for review (named by no advisory))");
  }

  @Test
  void narrowedPolicyJudgesOnlyByTheRemainingAdvisories() throws PolicyException {
    Policy cz = policy.narrow(Set.of("CZ"), Set.of());

    assertThat(cz.judge(identified(HIKVISION)).status()).isEqualTo(AuditStatus.COMPLIANT);
    Verdict huawei = cz.judge(identified(HUAWEI));
    assertThat(huawei.reason()).startsWith("Huawei is restricted by CZ-NUKIB-2018; scope:");
  }

  private static Evidence definitive(Vendor vendor) {
    return new Evidence(
        SignalSource.SYS_OBJECT_ID,
        vendor,
        Strength.DEFINITIVE,
        "enterprise number of " + vendor.id());
  }

  private static Identification identified(Vendor vendor, Evidence... evidence) {
    return new Identification(
        Optional.of(vendor),
        Confidence.HIGH,
        new ArrayList<>(List.of(evidence)),
        List.of(),
        List.of());
  }
}
