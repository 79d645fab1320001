package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.AuditStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledPolicyTest {
  private static Policy policy;

  @BeforeAll
  static void load() throws PolicyException {
    policy = Policy.loadBundled();
  }

  /**
   * Properties every version of the bundled policy has, so that adding an advisory or a rule is a
   * data change only: no count here needs updating.
   */
  @Test
  void everyAdvisoryIsWellFormedAndEveryCitedAdvisoryExists() {
    List<String> ids = ids(policy.advisories());
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    assertThat(policy.advisories())
        .allSatisfy(
            a -> {
              assertThat(a.id()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
              assertThat(a.date()).as(a.id()).isNotNull();
              assertThat(a.title()).as(a.id()).isNotBlank();
              assertThat(a.issuer()).as(a.id()).isNotBlank();
            });
    assertThat(policy.rules().stream().map(VendorRule::vendorId).toList())
        .doesNotHaveDuplicates()
        .contains("huawei", "zte", "hikvision", "dahua", "hytera", "h3c");
    for (VendorRule rule : policy.rules()) {
      assertThat(policy.advisories()).as(rule.vendorId()).containsAll(rule.advisories());
      if (rule.status() == AuditStatus.RESTRICTED) {
        assertThat(rule.advisories()).as(rule.vendorId()).isNotEmpty();
      } else {
        assertThat(rule.status()).as(rule.vendorId()).isEqualTo(AuditStatus.REVIEW);
      }
    }
  }

  @Test
  void loadsEveryAdvisoryTheBriefRequires() {
    assertThat(ids(policy.advisories()))
        .contains(
            "US-NDAA-889",
            "US-FCC-CL-2021",
            "US-FCC-CL-2022A",
            "US-FCC-CL-2022B",
            "US-FCC-CL-2025",
            "US-FCC-22-84",
            "US-BIS-ICTS-KASP-2024",
            "CZ-NUKIB-2018",
            "UK-DVD-2022",
            "UK-WMS-2022-CCTV",
            "AU-5G-2018",
            "SE-PTS-2020",
            "EU-EC-2023",
            "DE-BMI-2024",
            "CA-ISED-2022")
        // Unverified in the research notes, so deliberately not encoded.
        .doesNotContain("US-DHS-BOD-17-01");
    assertThat(policy.advisories())
        .allSatisfy(a -> assertThat(a.jurisdiction()).matches("[A-Z]{2}"));
    assertThat(
            policy.advisories().stream()
                .filter(a -> a.id().equals("EU-EC-2023"))
                .findFirst()
                .orElseThrow()
                .jurisdiction())
        .isEqualTo("EU");
  }

  @Test
  void huaweiAndZteAreRestrictedByTheCzechWarningAndSection889() {
    for (String vendor : List.of("huawei", "zte")) {
      VendorRule rule = policy.ruleFor(vendor).orElseThrow();
      assertThat(rule.status()).isEqualTo(AuditStatus.RESTRICTED);
      assertThat(ids(rule.advisories()))
          .contains("CZ-NUKIB-2018", "US-NDAA-889", "EU-EC-2023", "CA-ISED-2022");
    }
    assertThat(ids(policy.ruleFor("huawei").orElseThrow().advisories())).contains("UK-DVD-2022");
  }

  @Test
  void surveillanceAndRadioMakersAreRestrictedForTheListedPurposesOnly() {
    for (String vendor : List.of("hikvision", "dahua", "hytera")) {
      VendorRule rule = policy.ruleFor(vendor).orElseThrow();
      assertThat(rule.status()).isEqualTo(AuditStatus.RESTRICTED);
      assertThat(rule.scope())
          .startsWith("Purpose-scoped")
          .contains("public safety", "critical infrastructure");
      assertThat(ids(rule.advisories())).contains("US-NDAA-889", "US-FCC-CL-2021");
    }
  }

  @Test
  void h3cIsOnlyFlaggedForReview() {
    VendorRule h3c = policy.ruleFor("h3c").orElseThrow();
    assertThat(h3c.status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(h3c.advisories()).isEmpty();
    assertThat(policy.ruleFor("H3C")).contains(h3c);
    assertThat(policy.ruleFor("cisco")).isEmpty();
  }

  @Test
  void printShowsOneBlockPerVendorWithAdvisoryDetails() {
    StringWriter text = new StringWriter();
    policy.print(new PrintWriter(text));
    assertThat(text.toString())
        .startsWith(
            "Restricted-vendor policy: "
                + policy.rules().size()
                + " vendor rules, "
                + policy.advisories().size()
                + " advisories")
        .contains(
            "\nhuawei: restricted\n", "\nh3c: review\n", "advisories: none (review flag only)")
        .contains("- CZ-NUKIB-2018 (2018-12-17, ")
        .contains("https://www.canada.ca/")
        .contains("Advisories in force that no vendor rule cites:", "- AU-5G-2018 (2018-08-23");
  }

  static List<String> ids(List<Advisory> advisories) {
    return advisories.stream().map(Advisory::id).collect(Collectors.toList());
  }
}
