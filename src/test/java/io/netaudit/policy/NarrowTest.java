package io.netaudit.policy;

import static io.netaudit.policy.BundledPolicyTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.report.AuditStatus;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NarrowTest {
  private static Policy policy;

  @BeforeAll
  static void load() throws PolicyException {
    policy = Policy.loadBundled();
  }

  @Test
  void czechJurisdictionKeepsHuaweiAndZteOnTheCzechWarningOnly() throws PolicyException {
    Policy cz = policy.narrow(Set.of("cz"), Set.of());

    assertThat(ids(cz.advisories())).containsExactly("CZ-NUKIB-2018");
    for (String vendor : new String[] {"huawei", "zte"}) {
      VendorRule rule = cz.ruleFor(vendor).orElseThrow();
      assertThat(rule.status()).isEqualTo(AuditStatus.RESTRICTED);
      assertThat(ids(rule.advisories())).containsExactly("CZ-NUKIB-2018");
    }
    assertThat(cz.ruleFor("hikvision")).isEmpty();
    assertThat(cz.ruleFor("h3c")).as("review rule backed by no advisory").isEmpty();
    assertThat(cz.rules()).hasSize(2);
  }

  @Test
  void advisoryIdFilterKeepsOnlyThatAdvisory() throws PolicyException {
    Policy wms = policy.narrow(Set.of(), Set.of("UK-WMS-2022-CCTV"));

    assertThat(ids(wms.advisories())).containsExactly("UK-WMS-2022-CCTV");
    assertThat(wms.rules()).extracting(VendorRule::vendorId).containsExactly("hikvision", "dahua");
  }

  @Test
  void jurisdictionAndIdFiltersAreCombinedAsEither() throws PolicyException {
    Policy both = policy.narrow(Set.of("GB"), Set.of("us-ndaa-889"));

    assertThat(ids(both.advisories()))
        .containsExactly("US-NDAA-889", "UK-DVD-2022", "UK-WMS-2022-CCTV");
    assertThat(ids(both.ruleFor("huawei").orElseThrow().advisories()))
        .containsExactly("US-NDAA-889", "UK-DVD-2022");
  }

  @Test
  void emptyFiltersChangeNothing() throws PolicyException {
    assertThat(policy.narrow(Set.of(), Set.of())).isSameAs(policy);
  }

  @Test
  void unknownFilterValuesAreNamed() {
    assertThatThrownBy(() -> policy.narrow(Set.of("FR"), Set.of()))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith(
            "unknown jurisdiction 'FR' (known: AU, CA, CZ, DE, EU, GB, SE, US)");
    assertThatThrownBy(() -> policy.narrow(Set.of(), Set.of("US-NOPE-1")))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith("unknown advisory id 'US-NOPE-1'");
  }
}
