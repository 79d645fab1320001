package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.identify.Confidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional policy files (families, OEM producers, obligations) in a --policy-dir: what a
 * verdict makes of them, and a file:line for every mistake.
 */
class PolicyDataFilesTest {
  private static final String ADVISORIES =
      "id,issuer,jurisdiction,date,title,url,covers,produced_for_others,coverage_reliability,"
          + "coverage_source\n"
          + "US-X,Congress,US,2020-08-13,Ban,,affiliates,yes,P,statute\n"
          + "CZ-X,Agency,CZ,2018-12-17,Warning,,subsidiaries,no,S,press\n"
          + "DE-X,Ministry,DE,2024-07-11,Deal,,,,,\n";
  private static final String RULES =
      "vendor_id,status,scope,advisories,notes\nmaker,restricted,all,US-X CZ-X DE-X,\n";
  private static final String FAMILIES =
      "vendor_id,entity,parent_id,relation,share,since,until,reliability,source,notes\n"
          + "sub,Sub Ltd,maker,subsidiary,100,2017-05,,S,news,\n"
          + "aff,Aff Ltd,maker,affiliate,30,2019,,S,news,\n"
          + "old,Old Ltd,maker,subsidiary,,,2020-11-17,S,news,\n"
          + "rumour,Rumour Ltd,maker,subsidiary,,,,C,forum,\n";
  private static final String OEM =
      "brand_id,producer_id,products,reliability,source,notes\nbrand,maker,cameras,C,code,\n";
  private static final String OBLIGATIONS =
      "advisory,kind,what,networks,deadline,reliability,source,notes\n"
          + "DE-X,remove,out of the core,5G,2026-12-31,P,press release,\n"
          + "US-X,no-new,no purchase,federal,2019-08-13,P,FAR,\n";

  @TempDir Path dir;

  @BeforeEach
  void write() throws Exception {
    Files.writeString(dir.resolve("advisories.csv"), ADVISORIES);
    Files.writeString(dir.resolve("restricted-vendors.csv"), RULES);
    Files.writeString(dir.resolve("families.csv"), FAMILIES);
    Files.writeString(dir.resolve("oem-producers.csv"), OEM);
    Files.writeString(dir.resolve("obligations.csv"), OBLIGATIONS);
  }

  private static Verdict judge(Policy p, String id) {
    return p.judge(
        new Identification(
            Optional.of(new Vendor(id, id)), Confidence.HIGH, List.of(), List.of(), List.of()));
  }

  @Test
  void eachKindOfTieGetsItsVerdict() throws Exception {
    Policy p = Policy.load(dir);

    assertThat(judge(p, "sub").status()).isEqualTo(AuditStatus.RESTRICTED);
    assertThat(judge(p, "sub").advisories())
        .extracting(Advisory::id)
        .containsExactly("US-X", "CZ-X");
    assertThat(judge(p, "aff").advisories()).extracting(Advisory::id).containsExactly("US-X");
    assertThat(judge(p, "old").status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(judge(p, "old").reason()).contains("until 2020-11-17");
    assertThat(judge(p, "rumour").status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(judge(p, "rumour").reason()).contains("labelled C, which makes REVIEW at most");
    assertThat(judge(p, "brand").status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(judge(p, "unrelated").status()).isEqualTo(AuditStatus.COMPLIANT);
  }

  @Test
  void aRestrictionCarriesTheEarliestRemovalDeadlineOfItsAdvisories() throws Exception {
    Policy p = Policy.load(dir);

    Verdict maker = judge(p, "maker");
    assertThat(maker.deadline())
        .hasValueSatisfying(o -> assertThat(o.advisory().id()).isEqualTo("DE-X"));
    assertThat(judge(p, "sub").deadline()).as("DE-X does not reach subsidiaries").isEmpty();
    assertThat(judge(p, "old").deadline()).as("REVIEW has none").isEmpty();
  }

  @Test
  void theOptionalFilesMayBeAbsent() throws Exception {
    Files.delete(dir.resolve("families.csv"));
    Files.delete(dir.resolve("oem-producers.csv"));
    Files.delete(dir.resolve("obligations.csv"));

    Policy p = Policy.load(dir);

    assertThat(judge(p, "sub").status()).isEqualTo(AuditStatus.COMPLIANT);
    assertThat(judge(p, "maker").deadline()).isEmpty();
  }

  @Test
  void mistakesNameTheirFileAndLine() throws Exception {
    assertFails(
        "families.csv",
        FAMILIES.replace("subsidiary,100,2017", "owner,100,2017"),
        "families.csv:2: bad relation 'owner'");
    assertFails(
        "families.csv",
        FAMILIES.replace(",2020-11-17,S", ",2020-13,S"),
        "families.csv:4: bad until '2020-13'");
    assertFails(
        "families.csv",
        FAMILIES + "maker,Maker Ltd,sub,subsidiary,,,,S,news,\n",
        "families.csv: the family links loop: sub -> maker -> sub");
    assertFails(
        "oem-producers.csv",
        OEM.replace(",C,code", ",maybe,code"),
        "oem-producers.csv:2: bad reliability 'maybe'");
    assertFails(
        "obligations.csv",
        OBLIGATIONS.replace("DE-X,remove", "XX-Y,remove"),
        "obligations.csv:2: unknown advisory id XX-Y");
    assertFails(
        "advisories.csv",
        ADVISORIES.replace("affiliates,yes,P,statute", "affiliates,yes,P,"),
        "advisories.csv:2: empty coverage_source for US-X");
  }

  @Test
  void bindingTheCatalogueNamesChecksEveryMakerTheFilesName() throws Exception {
    Policy p = Policy.load(dir);

    assertThatThrownBy(() -> p.withNames(Map.of("maker", "Maker", "sub", "Sub")))
        .isInstanceOf(PolicyException.class)
        .hasMessage("families.csv: unknown vendor id 'aff' (not in vendors.csv)");
  }

  private void assertFails(String file, String text, String expected) throws Exception {
    Files.writeString(dir.resolve(file), text);
    assertThatThrownBy(() -> Policy.load(dir))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith(
            dir.resolve(expected.substring(0, expected.indexOf(".csv") + 4)).toString())
        .hasMessageContaining(expected.substring(expected.indexOf(".csv") + 4))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    write();
  }
}
