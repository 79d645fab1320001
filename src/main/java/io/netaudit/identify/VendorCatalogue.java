package io.netaudit.identify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor catalogue: {@code vendors.csv}, {@code enterprise-numbers.csv}, {@code
 * sysdescr-rules.csv}, {@code maker-names.csv}, {@code private-oids.csv} and {@code signatures.csv}
 * (one reader class per file, over {@link CatalogueCsv}), and Rapid7 Recog's SNMP fingerprints
 * ({@link RecogFingerprints}). Immutable once loaded. Every error is reported as a {@link
 * VendorCatalogueException} whose message is one line: {@code "file:line: what is wrong"}.
 */
public final class VendorCatalogue {

  public static final String VENDORS_FILE = "vendors.csv";
  public static final String ENTERPRISE_FILE = "enterprise-numbers.csv";
  public static final String RULES_FILE = "sysdescr-rules.csv";

  /** Optional in a directory given to {@link #load(Path)}: absent means no maker-name mapping. */
  public static final String MAKER_NAMES_FILE = "maker-names.csv";

  /**
   * Optional in a directory given to {@link #load(Path)}: absent means no private objects are read.
   */
  public static final String PRIVATE_OIDS_FILE = "private-oids.csv";

  /** Optional in a directory given to {@link #load(Path)}: absent means no signatures. */
  public static final String SIGNATURES_FILE = "signatures.csv";

  /**
   * Optional in a directory given to {@link #load(Path)}: absent means no sysDescr text counts as
   * free text (every rule keeps its strength).
   */
  public static final String FREE_TEXT_FILE = "free-text.csv";

  /** Classpath folder of the bundled copy (Maven copies {@code config/} there). */
  public static final String RESOURCE_DIR = "netaudit/config/";

  private final Map<String, Vendor> vendors;
  private final Set<String> watched;
  private final Map<String, String> nvdVendors;
  private final Map<Long, EnterpriseNumber> enterprises;
  private final List<SysDescrRule> rules;
  private final MakerNameIndex makerNames;
  private final List<PrivateObjectRule> privateObjects;
  private final List<Signature> signatures;

  /** Parsed on first use when bundled: the sweep's first packet need not wait for the XML. */
  private final Lazy<RecogFingerprints> recog;

  private FreeText freeText = FreeText.NONE;

  private VendorCatalogue(
      VendorsFile.Makers makers,
      Map<Long, EnterpriseNumber> enterprises,
      List<SysDescrRule> rules,
      List<MakerName> makerNames,
      List<PrivateObjectRule> privateObjects,
      List<Signature> signatures,
      Lazy<RecogFingerprints> recog) {
    this.vendors = Collections.unmodifiableMap(makers.vendors());
    this.watched = Set.copyOf(makers.watched());
    this.nvdVendors = Map.copyOf(makers.nvdVendors());
    this.enterprises = Collections.unmodifiableMap(enterprises);
    this.rules = List.copyOf(rules);
    this.makerNames = new MakerNameIndex(makerNames);
    this.privateObjects = List.copyOf(privateObjects);
    this.signatures = List.copyOf(signatures);
    this.recog = recog;
  }

  /**
   * Loads the files from {@code configDir}: vendors.csv, enterprise-numbers.csv and
   * sysdescr-rules.csv are required; maker-names.csv, private-oids.csv, signatures.csv and the
   * Recog fingerprints ({@link RecogFingerprints}: {@code recog/snmp_sysdescr.xml}, {@code
   * recog/snmp_sysobjid.xml}, {@code recog-operating-systems.csv}) are read when present (absent =
   * no name mapping, no private objects, no signatures, no Recog fingerprints).
   */
  public static VendorCatalogue load(Path configDir) throws VendorCatalogueException {
    return parse(
            CatalogueCsv.readFile(configDir.resolve(VENDORS_FILE)),
            CatalogueCsv.readFile(configDir.resolve(ENTERPRISE_FILE)),
            CatalogueCsv.readFile(configDir.resolve(RULES_FILE)),
            optional(configDir.resolve(MAKER_NAMES_FILE)),
            optional(configDir.resolve(PRIVATE_OIDS_FILE)),
            optional(configDir.resolve(SIGNATURES_FILE)),
            // Input: read now, so a broken file stops the run before its first packet.
            Lazy.of(
                RecogFingerprints.parse(
                    optional(configDir.resolve(RecogFingerprints.SYS_DESCR_FILE)),
                    optional(configDir.resolve(RecogFingerprints.SYS_OBJECT_ID_FILE)),
                    optional(configDir.resolve(RecogFingerprints.OPERATING_SYSTEMS_FILE)))))
        .withFreeText(optional(configDir.resolve(FREE_TEXT_FILE)));
  }

  /** Reads free-text.csv into this (new) catalogue; kept apart so the parse signature stays. */
  private VendorCatalogue withFreeText(CatalogueCsv.Source source) throws VendorCatalogueException {
    if (source != null) {
      this.freeText = FreeText.parse(source, vendors);
    }
    return this;
  }

  private static CatalogueCsv.Source optional(Path file) throws VendorCatalogueException {
    return Files.exists(file) ? CatalogueCsv.readFile(file) : null;
  }

  /**
   * Loads the copy bundled on the classpath under {@value #RESOURCE_DIR}, so the jar works from
   * anywhere.
   */
  public static VendorCatalogue loadBundled() throws VendorCatalogueException {
    return parse(
            CatalogueCsv.readResource(VENDORS_FILE),
            CatalogueCsv.readResource(ENTERPRISE_FILE),
            CatalogueCsv.readResource(RULES_FILE),
            CatalogueCsv.readResource(MAKER_NAMES_FILE),
            CatalogueCsv.readResource(PRIVATE_OIDS_FILE),
            CatalogueCsv.readResource(SIGNATURES_FILE),
            // Built in and checked by the build: parsed by the first identification, off the
            // path to the sweep's first packet (a third of the catalogue's parse time).
            new Lazy<>(
                "Recog fingerprints",
                () ->
                    RecogFingerprints.parse(
                        CatalogueCsv.readResource(RecogFingerprints.SYS_DESCR_FILE),
                        CatalogueCsv.readResource(RecogFingerprints.SYS_OBJECT_ID_FILE),
                        CatalogueCsv.readResource(RecogFingerprints.OPERATING_SYSTEMS_FILE))))
        .withFreeText(CatalogueCsv.readResource(FREE_TEXT_FILE));
  }

  private static VendorCatalogue parse(
      CatalogueCsv.Source vendorSrc,
      CatalogueCsv.Source penSrc,
      CatalogueCsv.Source ruleSrc,
      CatalogueCsv.Source makerSrc,
      CatalogueCsv.Source privateSrc,
      CatalogueCsv.Source signatureSrc,
      Lazy<RecogFingerprints> recog)
      throws VendorCatalogueException {
    VendorsFile.Makers makers = VendorsFile.parse(vendorSrc);
    Map<String, Vendor> v = makers.vendors();
    return new VendorCatalogue(
        makers,
        EnterpriseNumbersFile.parse(penSrc, v),
        SysDescrRulesFile.parse(ruleSrc, v),
        makerSrc == null ? List.of() : MakerNamesFile.parse(makerSrc, v),
        privateSrc == null ? List.of() : PrivateObjectsFile.parse(privateSrc, v),
        signatureSrc == null ? List.of() : SignaturesFile.parse(signatureSrc, v),
        recog);
  }

  /** Enterprise numbers of strength {@code none}: they say nothing about the maker. */
  public Set<Long> genericEnterprises() {
    Set<Long> out = new HashSet<>();
    for (EnterpriseNumber e : enterpriseNumbers()) {
      if (e.strength() == EnterpriseNumber.PenStrength.NONE) {
        out.add(e.number());
      }
    }
    return Set.copyOf(out);
  }

  public Optional<Vendor> vendor(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(vendors.get(id));
  }

  public int size() {
    return vendors.size();
  }

  public Collection<Vendor> vendors() {
    return vendors.values();
  }

  /**
   * True for a maker on the restricted-vendor research list ({@code watch} = {@code yes} in
   * vendors.csv: makers an advisory names, the review maker H3C and their reported affiliates). A
   * watched maker is identified only from definitive evidence or weak evidence from two independent
   * sources, never by a single-signal fallback. Every maker of a vendors.csv without the {@code
   * watch} column counts as watched; organisations outside the catalogue (IANA registrants) never
   * are.
   */
  public boolean watched(Vendor vendor) {
    return vendor != null && watched.contains(vendor.id());
  }

  /**
   * The maker's vendor name in NVD's CPE dictionary ({@code nvd_vendor} in vendors.csv, e.g. {@code
   * dahuasecurity}); empty when the catalogue has none (no CPE name is made then).
   */
  public Optional<String> nvdVendor(Vendor vendor) {
    return vendor == null ? Optional.empty() : Optional.ofNullable(nvdVendors.get(vendor.id()));
  }

  public Optional<EnterpriseNumber> enterprise(long number) {
    return Optional.ofNullable(enterprises.get(number));
  }

  public Collection<EnterpriseNumber> enterpriseNumbers() {
    return enterprises.values();
  }

  public List<SysDescrRule> rules() {
    return rules;
  }

  /** The rows of maker-names.csv, in file order. */
  public List<MakerName> makerNames() {
    return makerNames.rows();
  }

  /** The rows of private-oids.csv, in file order. */
  public List<PrivateObjectRule> privateObjects() {
    return privateObjects;
  }

  /** Where sysDescr text is free text ({@code free-text.csv}). */
  FreeText freeText() {
    return freeText;
  }

  /** The rows of signatures.csv, in file order. */
  List<Signature> signatures() {
    return signatures;
  }

  /** The Rapid7 Recog SNMP fingerprints and how netaudit reads them. */
  public RecogFingerprints recog() {
    return recog.get();
  }

  /**
   * Every catalogue maker whose name pattern matches an organisation or manufacturer name, first
   * matching row per maker, in file order; rows of parts makers (strength {@code none}: a chip
   * maker's name in a manufacturer field or registry says nothing about the device) left out.
   */
  public List<MakerMatch> makersNamed(String name) {
    List<MakerMatch> out = new ArrayList<>();
    for (MakerMatch m : registrantsNamed(name)) {
      if (!m.name().partsOnly()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Like {@link #makersNamed} with the parts makers' rows too: what an IEEE registration names
   * (their MACs are reported as the platform).
   */
  public List<MakerMatch> registrantsNamed(String name) {
    return makerNames.named(name);
  }

  /** A maker-names row that matched, with the matched text. */
  public record MakerMatch(MakerName name, String matched) {}
}
