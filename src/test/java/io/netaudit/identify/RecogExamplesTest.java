package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code <example>} of the shipped Recog fingerprints (config/recog/) is a test: the
 * fingerprint's pattern, as netaudit compiles it, matches it and captures what Recog expects; it is
 * the first fingerprint of its database to match (Recog's one match); the Recog signal turns it
 * into evidence for the maker the fingerprint names (or into a note when the fingerprint only names
 * an operating system), weak for a watched maker; and the whole identifier never identifies a
 * watched maker from it unless the fingerprint really is that maker's (its vendor or its
 * description names that maker).
 */
class RecogExamplesTest {
  private static final Pattern OID_FIRST = Pattern.compile("^(\\d+(?:\\.\\d+)+)(?:\\s+(.*))?$");
  private static final Identifier IDENTIFIER = new Identifier(Signals.CATALOGUE);
  private static final RecogSignal SIGNAL = new RecogSignal(Signals.CATALOGUE);

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    RecogFingerprints recog = Signals.CATALOGUE.recog();
    for (RecogDatabase db : List.of(recog.sysDescr().orElseThrow(), recog.sysObjectId().get())) {
      for (RecogFingerprint fp : db.fingerprints()) {
        for (int i = 0; i < fp.examples().size(); i++) {
          out.add(Arguments.of(db.name() + ":" + fp.line() + "#" + (i + 1), db, fp, i));
        }
      }
    }
    return out.stream();
  }

  @Test
  void bothDatabasesAreShippedWithTheirExamples() {
    RecogFingerprints recog = Signals.CATALOGUE.recog();
    assertThat(recog.sysDescr().orElseThrow().fingerprints()).hasSize(580);
    assertThat(recog.sysObjectId().orElseThrow().fingerprints()).hasSize(42);
    assertThat(examples()).hasSize(1702 + 54);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(String name, RecogDatabase db, RecogFingerprint fp, int index) {
    RecogFingerprint.Example example = fp.examples().get(index);
    Optional<Matcher> m = fp.match(example.text());
    assertThat(m).as("pattern %s", fp.patternText()).isPresent();
    Map<String, String> values = fp.values(m.get());
    example.expected().entrySet().stream()
        .filter(x -> values.containsKey(x.getKey()) && !x.getKey().endsWith("cpe23"))
        .forEach(
            x -> assertThat(values.get(x.getKey())).as(x.getKey()).isEqualTo(x.getValue().strip()));
    assertThat(db.fingerprints().stream().filter(f -> f.match(example.text()).isPresent()))
        .as("the first fingerprint to match")
        .first()
        .isSameAs(fp);

    Observations o = observations(db, example.text());
    Set<Vendor> makers = makers(values);
    Findings found = Signals.run(SIGNAL, o);
    if (Signals.CATALOGUE.recog().genericOs(values).isPresent()) {
      assertThat(found.evidence()).as("an operating system never names the maker").isEmpty();
      assertThat(found.notes()).anyMatch(n -> n.contains("says nothing about who made"));
    } else if (values.containsKey("hw.vendor") || values.containsKey("os.vendor")) {
      String vendor = values.getOrDefault("hw.vendor", values.get("os.vendor"));
      assertThat(found.evidence())
          .as("evidence for %s", vendor)
          .anySatisfy(
              e ->
                  assertThat(makers.isEmpty() ? e.vendor().name() : e.vendor())
                      .isIn(makers.isEmpty() ? vendor : makers.iterator().next(), vendor));
      assertThat(found.evidence())
          .filteredOn(e -> Signals.CATALOGUE.watched(e.vendor()))
          .allSatisfy(e -> assertThat(e.strength()).isEqualTo(Strength.WEAK));
    }

    // The fingerprint is a watched maker's when its vendor or its description names that maker
    // ("Huawei device on Windows 2000": a Huawei appliance on Windows).
    Set<Vendor> its = new HashSet<>(makers);
    Signals.CATALOGUE.makersNamed(fp.description()).forEach(x -> its.add(x.name().vendor()));
    Identification id = IDENTIFIER.identify(o);
    Set<Vendor> named = new HashSet<>(id.namedVendors());
    named.removeIf(v -> !Signals.CATALOGUE.watched(v));
    assertThat(named)
        .as("watched makers identified from %s (evidence %s)", example.text(), id.evidence())
        .isSubsetOf(its);
  }

  /** The catalogue makers the fingerprint's vendor name maps to (empty: none, or an OS only). */
  private static Set<Vendor> makers(Map<String, String> values) {
    Set<Vendor> out = new HashSet<>();
    if (Signals.CATALOGUE.recog().genericOs(values).isPresent()) {
      return out;
    }
    String vendor = values.getOrDefault("hw.vendor", values.get("os.vendor"));
    if (vendor != null) {
      Signals.CATALOGUE.makersNamed(vendor).forEach(m -> out.add(m.name().vendor()));
    }
    return out;
  }

  /**
   * What a device answering the example would show: the sysDescr; for the sysObjectID database an
   * example that starts with an OID is that sysObjectID and (after white space) that sysDescr.
   */
  private static Observations observations(RecogDatabase db, String text) {
    if (db.matches().equals("snmp.sys_object_id")) {
      Matcher m = OID_FIRST.matcher(text.strip());
      if (m.matches()) {
        return Observations.of(m.group(2) == null ? "" : m.group(2), m.group(1));
      }
    }
    return Observations.of(text, "");
  }
}
