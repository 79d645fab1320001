package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.identify.Confidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.Vendor;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.report.AuditStatus;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped policy against the research list it was written from ({@code
 * ../shared/docs/restricted-vendors-research.csv}, read at test time, never shipped; skipped with a
 * message when absent): every maker the list marks {@code review} is in the catalogue, is named by
 * its sysDescr patterns, and gets at least REVIEW; every maker it marks {@code restricted} that the
 * catalogue knows is RESTRICTED. A row added to the research list that the policy does not carry
 * fails here.
 */
class ResearchListTest {
  private static final Path RESEARCH = Path.of("../shared/docs/restricted-vendors-research.csv");

  private static VendorCatalogue catalogue;
  private static Policy policy;
  private static Identifier identifier;

  @BeforeAll
  static void load() throws Exception {
    catalogue = VendorCatalogue.loadBundled();
    Map<String, String> names = new HashMap<>();
    catalogue.vendors().forEach(v -> names.put(v.id(), v.name()));
    policy = Policy.loadBundled().withNames(names);
    identifier = new Identifier(catalogue);
  }

  private static List<CSVRecord> research() throws Exception {
    assumeTrue(
        Files.exists(RESEARCH),
        "research list " + RESEARCH + " absent (it lives in ../shared): test skipped");
    try (Reader in = Files.newBufferedReader(RESEARCH, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(in)
          .getRecords();
    }
  }

  @Test
  void everyReviewMakerOfTheResearchListHasAReviewRuleAndIsNamedByItsPatterns() throws Exception {
    int checked = 0;
    for (CSVRecord row : research()) {
      if (!row.get("status").equals("review")) {
        continue;
      }
      List<Vendor> makers = catalogueMakers(row.get("vendor"));
      assertThat(makers)
          .as("catalogue maker for research row '%s'", row.get("vendor"))
          .isNotEmpty();
      for (Vendor maker : makers) {
        Verdict v = policy.judge(identified(maker));
        assertThat(v.status().severity())
            .as("%s (%s): %s", maker.id(), row.get("vendor"), v.reason())
            .isGreaterThanOrEqualTo(AuditStatus.REVIEW.severity());
        assertThat(catalogue.watched(maker)).as(maker.id() + " watched").isTrue();
        checked++;
      }
      for (String pattern : patterns(row)) {
        Identification id = identifier.identify(pattern, "");
        assertThat(id.evidence())
            .as("sysDescr '%s' of research row '%s'", pattern, row.get("vendor"))
            .anyMatch(e -> makers.contains(e.vendor()));
      }
    }
    assertThat(checked).as("review makers checked").isPositive();
  }

  @Test
  void everyRestrictedMakerOfTheResearchListThatTheCatalogueKnowsIsRestricted() throws Exception {
    for (CSVRecord row : research()) {
      if (!row.get("status").equals("restricted")) {
        continue;
      }
      // Exact names only: "China Telecom (Americas)" is the listed US entity, not the group.
      for (Vendor maker : catalogue.vendors()) {
        if (norm(maker.name()).equals(norm(row.get("vendor")))) {
          Verdict v = policy.judge(identified(maker));
          assertThat(v.status())
              .as("%s: %s", maker.id(), v.reason())
              .isEqualTo(AuditStatus.RESTRICTED);
        }
      }
    }
  }

  /**
   * The catalogue makers a research row names: its name (parenthetical dropped; "A / B" is two
   * makers) matched against each maker's name and aliases, ignoring case.
   */
  private static List<Vendor> catalogueMakers(String researchName) {
    List<Vendor> out = new ArrayList<>();
    for (String part : researchName.replaceAll("\\(.*?\\)", "").split(" / ")) {
      String wanted = norm(part);
      for (Vendor v : catalogue.vendors()) {
        if ((norm(v.name()).equals(wanted) || aliases(v).contains(wanted)) && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static List<String> aliases(Vendor v) {
    // vendors.csv aliases are not part of the Vendor value; the name of a research row is either
    // the catalogue name or one of the well-known short names listed here.
    Map<String, List<String>> shortNames =
        Map.of(
            "h3c", List.of("h3c"),
            "china-mobile", List.of("china mobile"),
            "china-telecom", List.of("china telecom"),
            "imou", List.of("imou"),
            "hikrobot", List.of("hikrobot"),
            "hikmicro", List.of("hikmicro"),
            "sepura", List.of("sepura"),
            "teltronic", List.of("teltronic"));
    return shortNames.getOrDefault(v.id(), List.of());
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The research row's sysDescr patterns as sample text (regex anchors and escapes removed). */
  private static List<String> patterns(CSVRecord row) {
    List<String> out = new ArrayList<>();
    for (String p : row.get("sysdescr_patterns").split(";")) {
      String text =
          p.strip()
              .replaceFirst("^\\^", "")
              .replace("\\(", "(")
              .replace("\\)", ")")
              .replace("\\.", ".")
              .replace(" ?", " ");
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  private static Identification identified(Vendor maker) {
    return new Identification(Optional.of(maker), Confidence.HIGH, List.of(), List.of(), List.of());
  }
}
