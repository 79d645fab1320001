package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal text a pattern needs: what it finds, where it gives up, and that it never rules out a
 * text the pattern matches, over every shipped rule, fingerprint and maker name against the Recog
 * examples and the IANA registrants (a skipped rule could be a missed Huawei).
 */
class RequiredTextTest {
  private static List<String> pieces(String regex) {
    return RequiredText.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)).pieces();
  }

  @Test
  void aWholeWordNeedsItsWord() {
    assertThat(pieces("\\bZTE\\b")).containsExactly("zte");
    assertThat(pieces("\\bHuawei YunShan OS\\b")).containsExactly("huawei yunshan os");
  }

  @Test
  void eachAlternativeNeedsOnePiece() {
    assertThat(
            pieces("Versatile Routing Platform|\\bVRP \\(R\\) software|\\bSoftware Version VRP\\b"))
        .containsExactly("versatile routing platform", "vrp (r) software", "software version vrp");
  }

  @Test
  void anOptionalCharacterEndsAPieceAndIsNotInIt() {
    assertThat(pieces("\\bHi-?Silicon\\b")).containsExactly("silicon");
    assertThat(pieces("\\bCP[- ]?PLUS\\b")).containsExactly("plus");
    assertThat(pieces("Quidway\\s*S\\d+")).containsExactly("quidway");
    assertThat(pieces("Foo(?:bar)?baz")).containsExactly("foo");
  }

  @Test
  void aCharacterRepeatedAtLeastOnceEndsItsPieceButBelongsToIt() {
    assertThat(pieces("xya+bcd")).containsExactly("xya");
    assertThat(pieces("Cisco{1,3}IOS")).containsExactly("cisco");
  }

  @Test
  void escapedPunctuationIsLiteralAndWordBoundariesJoin() {
    assertThat(pieces("NX\\-OS\\b\\.")).containsExactly("nx-os.");
  }

  @Test
  void whatItCannotReadNeedsNothing() {
    assertThat(pieces("(?:Huawei|ZTE)")).as("only a group").isEmpty();
    assertThat(pieces("ZX(?:R10|A10)")).as("two characters are too few").isEmpty();
    assertThat(pieces("\\x48uawei")).as("a hex escape").isEmpty();
    assertThat(pieces("\\QHuawei\\E")).as("a quoted section").isEmpty();
    assertThat(pieces("\\p{Lu}uawei")).as("a property class").isEmpty();
    assertThat(pieces("(?x) Hua wei # comment")).as("comments mode").isEmpty();
    assertThat(pieces("Huawei|.*")).as("one alternative needs nothing").isEmpty();
    assertThat(pieces("[(|]Huawei")).as("a class holding brackets").containsExactly("huawei");
    assertThat(pieces("[]|(]Huawei"))
        .as("] first in a class is a member")
        .containsExactly("huawei");
    assertThat(pieces("[^]a]Quidway")).containsExactly("quidway");
    assertThat(pieces("(?:[)]|x)Quidway")).as("a class inside a group").containsExactly("quidway");
    assertThat(RequiredText.of(Pattern.compile("Huawei Quidway", Pattern.COMMENTS)).pieces())
        .isEmpty();
    assertThat(RequiredText.of(Pattern.compile("Huawei", Pattern.LITERAL)).pieces()).isEmpty();
  }

  @Test
  void theTestIgnoresCaseAndPassesEveryTextItCannotFold() {
    RequiredText quidway = RequiredText.of(Pattern.compile("\\bQuidway\\b"));
    assertThat(quidway.mayMatch(RequiredText.fold("HUAWEI QUIDWAY S5700"))).isTrue();
    assertThat(quidway.mayMatch(RequiredText.fold("Cisco IOS Software"))).isFalse();
    assertThat(RequiredText.fold("Qu\u0131dway")).as("not ASCII").isNull();
    assertThat(quidway.mayMatch(RequiredText.fold("Qu\u0131dway"))).isTrue();
    assertThat(RequiredText.ANY.mayMatch(RequiredText.fold("anything"))).isTrue();
  }

  @Test
  void unicodeCaseFoldingCannotBeRuledOut() {
    // With UNICODE_CASE, the Kelvin sign matches k: such a text is not ASCII, so it is not tested.
    Pattern kelvin =
        Pattern.compile("\\bkaspersky\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String text = "\u212Aaspersky Lab";
    assertThat(kelvin.matcher(text).find()).isTrue();
    assertThat(RequiredText.of(kelvin).mayMatch(RequiredText.fold(text))).isTrue();
  }

  @Test
  void neverRulesOutATextThatAShippedPatternMatches() throws VendorCatalogueException {
    VendorCatalogue catalogue = Signals.CATALOGUE;
    List<Pattern> patterns = new ArrayList<>();
    catalogue.rules().forEach(r -> patterns.add(r.pattern()));
    catalogue.makerNames().forEach(m -> patterns.add(m.pattern()));
    RecogFingerprints recog = catalogue.recog();
    List<String> texts = new ArrayList<>();
    for (RecogDatabase db : List.of(recog.sysDescr().orElseThrow(), recog.sysObjectId().get())) {
      for (RecogFingerprint fp : db.fingerprints()) {
        patterns.add(fp.pattern());
        fp.examples().forEach(e -> texts.add(e.text()));
      }
    }
    EnterpriseRegistry registrants = Registries.loadBundled().enterprises();
    for (long n = 0; n < 70_000; n += 29) {
      registrants.organisation(n).ifPresent(texts::add);
    }
    int pieced = 0;
    int ruledOut = 0;
    for (Pattern p : patterns) {
      RequiredText required = RequiredText.of(p);
      if (!required.pieces().isEmpty()) {
        pieced++;
      }
      for (String text : texts) {
        boolean may = required.mayMatch(RequiredText.fold(text));
        if (!may) {
          ruledOut++;
          assertThat(p.matcher(text).find())
              .as("%s ruled out %s, which it matches", p.pattern(), text)
              .isFalse();
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(3_000);
    assertThat(pieced).as("most patterns have pieces").isGreaterThan(patterns.size() * 9 / 10);
    assertThat(ruledOut).as("and rule out most texts").isGreaterThan(1_000_000);
  }

  @Test
  void theMakerNameIndexNamesWhatEveryRowWouldName() throws VendorCatalogueException {
    VendorCatalogue catalogue = Signals.CATALOGUE;
    EnterpriseRegistry registrants = Registries.loadBundled().enterprises();
    for (long n = 0; n < 70_000; n += 7) {
      Optional<String> name = registrants.organisation(n);
      if (name.isEmpty()) {
        continue;
      }
      List<Vendor> naive = new ArrayList<>();
      for (MakerName m : catalogue.makerNames()) {
        if (!naive.contains(m.vendor()) && m.match(name.get()).isPresent()) {
          naive.add(m.vendor());
        }
      }
      assertThat(catalogue.registrantsNamed(name.get()).stream().map(m -> m.name().vendor()))
          .as(name.get())
          .containsExactlyElementsOf(naive);
    }
  }
}
