package io.netaudit.policy;

import io.netaudit.identify.Identification;
import io.netaudit.identify.SignalSource;
import io.netaudit.report.AuditStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The restricted-vendor policy: the advisories in force with whom they reach and what they oblige,
 * per maker the rule built on them, the corporate families and OEM brands through which other
 * makers inherit a standing, the waivers approved, and the date the policy is applied as of.
 * Immutable; {@link #narrow}, {@link #withNames}, {@link #withWaivers} and {@link #asOf} return a
 * new policy.
 *
 * <p>Files (in {@code config/}, bundled under {@code netaudit/config/}, or in a {@code
 * --policy-dir}): {@code advisories.csv} and {@code restricted-vendors.csv} are required; {@code
 * families.csv}, {@code oem-producers.csv} and {@code obligations.csv} are optional (absent: no
 * family, no OEM brand, no deadline). Each file's header comment says what its columns mean.
 *
 * <p>Over 300 lines because it is the one immutable policy the rest of netaudit sees: it derives
 * its narrowed and dated copies itself; judging, reading and printing delegate to their classes.
 */
public final class Policy {
  static final String ADVISORIES_FILE = "advisories.csv";
  static final String RULES_FILE = "restricted-vendors.csv";
  static final String FAMILIES_FILE = "families.csv";
  static final String OEM_FILE = "oem-producers.csv";
  static final String OBLIGATIONS_FILE = "obligations.csv";
  private static final String BUNDLED_DIR = "netaudit/config/";

  private final List<Advisory> advisories;
  private final List<VendorRule> rules;
  private final Map<String, VendorRule> rulesById;
  private final Families families;
  private final List<OemLink> oem;
  private final Deadlines deadlines;
  private final Map<String, String> names;
  private final Waivers waivers;
  private final Optional<LocalDate> asOf;
  private final MakerPolicies makers;
  private final Judge judge;

  private Policy(
      List<Advisory> advisories,
      List<VendorRule> rules,
      Families families,
      List<OemLink> oem,
      List<Obligation> obligations,
      Map<String, String> names,
      Waivers waivers,
      Optional<LocalDate> asOf) {
    this.advisories = List.copyOf(advisories);
    this.rules = List.copyOf(rules);
    this.rulesById =
        rules.stream().collect(Collectors.toMap(VendorRule::vendorId, Function.identity()));
    this.families = families;
    this.oem = List.copyOf(oem);
    this.deadlines = new Deadlines(obligations);
    this.names = Map.copyOf(names);
    this.waivers = waivers;
    this.asOf = asOf;
    this.makers = new MakerPolicies(rulesById, families, oem, this::name);
    this.judge = new Judge(makers, deadlines);
  }

  private Policy with(Map<String, String> names, Waivers waivers, Optional<LocalDate> asOf) {
    return new Policy(advisories, rules, families, oem, deadlines.all(), names, waivers, asOf);
  }

  /** Reads the policy files from dir (the optional ones when present); see {@link PolicyFiles}. */
  public static Policy load(Path dir) throws PolicyException {
    return PolicyFiles.load(dir);
  }

  /**
   * Reads the same files from the classpath folder netaudit/config/ (Maven copies config/ there).
   */
  public static Policy loadBundled() throws PolicyException {
    return PolicyFiles.loadBundled();
  }

  /**
   * Only the built-in advisories, without the rules, families and obligations that refer to them:
   * what {@code netaudit --version} prints, at a third of the policy's parse time.
   */
  public static List<Advisory> loadBundledAdvisories() throws PolicyException {
    return PolicyFiles.bundledAdvisories();
  }

  static Policy read(
      String advisoriesSource, byte[] advisoriesBytes, String rulesSource, byte[] rulesBytes)
      throws PolicyException {
    return PolicyFiles.read(advisoriesSource, advisoriesBytes, rulesSource, rulesBytes);
  }

  /** A policy of these parts, with no names, no waivers and no as-of date. */
  static Policy of(
      List<Advisory> advisories,
      List<VendorRule> rules,
      Families families,
      List<OemLink> oem,
      List<Obligation> obligations) {
    return new Policy(
        advisories, rules, families, oem, obligations, Map.of(), Waivers.NONE, Optional.empty());
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
    List<Obligation> keptObligations =
        deadlines.all().stream()
            .filter(o -> kept.contains(o.advisory()))
            .collect(Collectors.toList());
    return new Policy(kept, keptRules, families, oem, keptObligations, names, waivers, asOf);
  }

  /**
   * This policy with display names for vendor ids (the vendor catalogue's), so that verdicts name a
   * parent or producer as the catalogue does; also checks that every maker the families and OEM
   * rows name is in the catalogue.
   *
   * @throws PolicyException naming the file and the unknown id
   */
  public Policy withNames(Map<String, String> namesById) throws PolicyException {
    for (FamilyLink l : families.links()) {
      requireVendor(namesById, l.vendorId(), FAMILIES_FILE);
      requireVendor(namesById, l.parentId(), FAMILIES_FILE);
    }
    for (OemLink l : oem) {
      requireVendor(namesById, l.brandId(), OEM_FILE);
      requireVendor(namesById, l.producerId(), OEM_FILE);
    }
    return with(namesById, waivers, asOf);
  }

  private static void requireVendor(Map<String, String> names, String id, String file)
      throws PolicyException {
    if (!names.containsKey(id)) {
      throw new PolicyException(file + ": unknown vendor id '" + id + "' (not in vendors.csv)");
    }
  }

  /** This policy with these approved exceptions. */
  public Policy withWaivers(Waivers approved) {
    return with(names, approved, asOf);
  }

  /** This policy applied as of a date: deadlines and waiver expiry are judged against it. */
  public Policy asOf(LocalDate date) {
    return with(names, waivers, Optional.of(date));
  }

  /** The date given with {@link #asOf}, if any (else the run's clock decides). */
  public Optional<LocalDate> asOfDate() {
    return asOf;
  }

  public Waivers waivers() {
    return waivers;
  }

  public List<FamilyLink> families() {
    return families.links();
  }

  public List<OemLink> oemBrands() {
    return oem;
  }

  public List<Obligation> obligations() {
    return deadlines.all();
  }

  /** The catalogue's name for a vendor id, or the id when the policy has no names. */
  public String name(String vendorId) {
    return names.getOrDefault(vendorId, vendorId);
  }

  public List<Advisory> advisories() {
    return advisories;
  }

  /** The date of the newest advisory in effect: the data date of the policy. */
  public java.util.Optional<java.time.LocalDate> newestAdvisoryDate() {
    return newestDate(advisories());
  }

  /** The date of the newest of {@code advisories}. */
  public static java.util.Optional<java.time.LocalDate> newestDate(List<Advisory> advisories) {
    return advisories.stream().map(Advisory::date).max(java.util.Comparator.naturalOrder());
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
   * The verdict on an endpoint (a MAC address a switch or router knows): the same rules as {@link
   * #judge}, except that a restricted maker named only by the MAC's registrant is REVIEW, not
   * RESTRICTED. One OUI is a weak signal (OEM modules and NICs carry their maker's prefix, and
   * prefixes are resold), so a person checks the device before it counts as restricted; the reason
   * says so, starting with the OUI statement, e.g. "MAC OUI 44:19:b6 = Hangzhou Hikvision Digital
   * Technology Co.,Ltd. (IEEE MA-L); no other signal: ...".
   */
  public Verdict judgeEndpoint(Identification id) {
    Verdict v = judge.judge(id);
    boolean ouiOnly =
        !id.evidence().isEmpty()
            && id.evidence().stream().allMatch(e -> e.source() == SignalSource.OUI);
    if (v.status() != AuditStatus.RESTRICTED || !ouiOnly) {
      return v;
    }
    return new Verdict(
        AuditStatus.REVIEW,
        v.vendor(),
        v.advisories(),
        id.evidence().get(0).detail()
            + "; no other signal: "
            + v.reason()
            + "; a MAC prefix alone does not make the device restricted: check it");
  }

  /**
   * For `netaudit policy`: the effective list, one block per vendor, readable by compliance staff.
   */
  public void print(PrintWriter out) {
    new PolicyPrinter(out).print(this);
  }

  /** The effective policy as CSV: one row per fact, a {@code section} column first. */
  public void printCsv(PrintWriter out) {
    PolicyFormats.csv(this, out);
  }

  /** The effective policy as one JSON document with a list per section. */
  public void printJson(PrintWriter out) {
    PolicyFormats.json(this, out);
  }

  /**
   * Each maker the policy has a standing for (its own rule, a family tie, an OEM brand) with the
   * verdict a device identified as that maker alone would get: the effective list.
   */
  public Map<String, Verdict> effective() {
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (String id : makers.all().keySet()) {
      Identification only =
          new Identification(
              Optional.of(new io.netaudit.identify.Vendor(id, name(id))),
              io.netaudit.identify.Confidence.HIGH,
              List.of(),
              List.of(),
              List.of());
      out.put(id, judge(only));
    }
    return out;
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
}
