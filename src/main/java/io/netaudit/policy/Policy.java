package io.netaudit.policy;

import io.netaudit.identify.Identification;
import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import io.netaudit.text.CsvTableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The restricted-vendor policy: the advisories in force and, per maker, the rule built on them.
 * Immutable; {@link #narrow} returns a new policy.
 */
public final class Policy {
  static final String ADVISORIES_FILE = "advisories.csv";
  static final String RULES_FILE = "restricted-vendors.csv";
  private static final String BUNDLED_DIR = "netaudit/config/";

  private final List<Advisory> advisories;
  private final List<VendorRule> rules;
  private final Map<String, VendorRule> rulesById;
  private final Judge judge;

  private Policy(List<Advisory> advisories, List<VendorRule> rules) {
    this.advisories = List.copyOf(advisories);
    this.rules = List.copyOf(rules);
    this.rulesById =
        rules.stream().collect(Collectors.toMap(VendorRule::vendorId, Function.identity()));
    this.judge = new Judge(rulesById);
  }

  /** Reads advisories.csv and restricted-vendors.csv from dir. */
  public static Policy load(Path dir) throws PolicyException {
    Path advisories = dir.resolve(ADVISORIES_FILE);
    Path rules = dir.resolve(RULES_FILE);
    return read(advisories.toString(), readFile(advisories), rules.toString(), readFile(rules));
  }

  /**
   * Reads the same files from the classpath folder netaudit/config/ (Maven copies config/ there).
   */
  public static Policy loadBundled() throws PolicyException {
    String advisories = BUNDLED_DIR + ADVISORIES_FILE;
    String rules = BUNDLED_DIR + RULES_FILE;
    return read(advisories, readResource(advisories), rules, readResource(rules));
  }

  static Policy read(
      String advisoriesSource, byte[] advisoriesBytes, String rulesSource, byte[] rulesBytes)
      throws PolicyException {
    List<Advisory> advisories =
        AdvisoryReader.read(table(advisoriesSource, advisoriesBytes, AdvisoryReader.SCHEMA));
    Map<String, Advisory> byId = new LinkedHashMap<>();
    advisories.forEach(a -> byId.put(a.id(), a));
    List<VendorRule> rules =
        VendorRuleReader.read(table(rulesSource, rulesBytes, VendorRuleReader.SCHEMA), byId);
    return new Policy(advisories, rules);
  }

  private static CsvTable table(String source, byte[] bytes, CsvSchema schema)
      throws PolicyException {
    try {
      return CsvTable.read(source, bytes, schema);
    } catch (CsvTableException e) {
      throw PolicyException.of(e);
    }
  }

  /**
   * Keeps only advisories whose jurisdiction is in the set (case-insensitive) or whose id is in the
   * set; an empty set is no filter, and when both are given an advisory matching either is kept.
   * Under a filter a vendor rule keeps only its surviving advisories and disappears when none
   * survive, which includes review rules that cite no advisory at all: nothing in the chosen
   * advisories backs them.
   *
   * @throws PolicyException naming a jurisdiction or advisory id that this policy does not contain
   */
  public Policy narrow(Set<String> jurisdictions, Set<String> advisoryIds) throws PolicyException {
    Set<String> wantedJurisdictions = upper(jurisdictions);
    Set<String> wantedIds = upper(advisoryIds);
    if (wantedJurisdictions.isEmpty() && wantedIds.isEmpty()) {
      return this;
    }
    Set<String> knownJurisdictions =
        advisories.stream()
            .map(Advisory::jurisdiction)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> knownIds =
        advisories.stream().map(Advisory::id).collect(Collectors.toCollection(TreeSet::new));
    requireKnown("jurisdiction", wantedJurisdictions, knownJurisdictions);
    requireKnown("advisory id", wantedIds, knownIds);

    List<Advisory> kept =
        advisories.stream()
            .filter(
                a -> wantedJurisdictions.contains(a.jurisdiction()) || wantedIds.contains(a.id()))
            .collect(Collectors.toList());
    List<VendorRule> keptRules = new ArrayList<>();
    for (VendorRule rule : rules) {
      List<Advisory> cited =
          rule.advisories().stream().filter(kept::contains).collect(Collectors.toList());
      if (!cited.isEmpty()) {
        keptRules.add(
            new VendorRule(rule.vendorId(), rule.status(), rule.scope(), cited, rule.notes()));
      }
    }
    return new Policy(kept, keptRules);
  }

  public List<Advisory> advisories() {
    return advisories;
  }

  /** The date of the newest advisory in effect: the data date of the policy. */
  public java.util.Optional<java.time.LocalDate> newestAdvisoryDate() {
    return advisories().stream().map(Advisory::date).max(java.util.Comparator.naturalOrder());
  }

  public List<VendorRule> rules() {
    return rules;
  }

  /**
   * The rule for a vendor id from the catalogue (ids are lowercase slugs; matched
   * case-insensitively).
   */
  public Optional<VendorRule> ruleFor(String vendorId) {
    return Optional.ofNullable(rulesById.get(vendorId.toLowerCase(Locale.ROOT)));
  }

  public Verdict judge(Identification id) {
    return judge.judge(id);
  }

  /**
   * For `netaudit policy`: the effective list, one block per vendor, readable by compliance staff.
   */
  public void print(PrintWriter out) {
    new PolicyPrinter(out).print(advisories, rules);
  }

  private static Set<String> upper(Set<String> values) {
    return values.stream()
        .map(v -> v.strip().toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void requireKnown(String what, Set<String> wanted, Set<String> known)
      throws PolicyException {
    for (String value : wanted) {
      if (!known.contains(value)) {
        throw new PolicyException(
            "unknown " + what + " '" + value + "' (known: " + String.join(", ", known) + ")");
      }
    }
  }

  private static byte[] readFile(Path file) throws PolicyException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw PolicyException.inFile(file.toString(), "missing file");
    } catch (IOException e) {
      throw PolicyException.inFile(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static byte[] readResource(String name) throws PolicyException {
    try (InputStream in = Policy.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw PolicyException.inFile("classpath:" + name, "missing file");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw PolicyException.inFile("classpath:" + name, "cannot read: " + e.getMessage());
    }
  }
}
