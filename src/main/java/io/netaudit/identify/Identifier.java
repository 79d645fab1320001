package io.netaudit.identify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Identifies the maker of a device from what it answered: sysDescr, sysObjectID, maker-specific
 * objects, ENTITY-MIB rows, MAC addresses and the SNMPv3 engine ID (sysName, sysLocation and
 * sysContact are never evidence, so they are not even inputs). A pure function of its inputs, the
 * catalogue and the registries; thread-safe. The decision rules are documented in {@code
 * package-info.java}.
 */
public final class Identifier {

  /** The enterprises arc, 1.3.6.1.4.1. */
  private static final long[] ENTERPRISES = {1, 3, 6, 1, 4, 1};

  private static final long MAX_ARC = 4_294_967_295L;
  private static final int MAX_QUOTE = 60;

  /**
   * At most this many served enterprise numbers are looked at (the scanner reports the first few).
   */
  private static final int MAX_SERVED = 8;

  /**
   * Vendor ids given to IANA registrants that are not catalogue makers: {@code iana-pen-<number>}.
   */
  public static final String REGISTRANT_PREFIX = "iana-pen-";

  private final VendorCatalogue catalogue;
  private final Registries registries;
  private final PlatformMakers platforms;

  /** Uses the bundled registries ({@link Registries#loadBundled()}). */
  public Identifier(VendorCatalogue catalogue) {
    this(catalogue, bundledRegistries());
  }

  public Identifier(VendorCatalogue catalogue, Registries registries) {
    this(catalogue, registries, bundledPlatforms(catalogue));
  }

  public Identifier(VendorCatalogue catalogue, Registries registries, PlatformMakers platforms) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.registries = Objects.requireNonNull(registries, "registries");
    this.platforms = Objects.requireNonNull(platforms, "platforms");
  }

  private static PlatformMakers bundledPlatforms(VendorCatalogue catalogue) {
    try {
      return PlatformMakers.loadBundled(catalogue);
    } catch (VendorCatalogueException e) {
      throw new IllegalStateException("bundled platform makers are broken: " + e.getMessage(), e);
    }
  }

  private static Registries bundledRegistries() {
    try {
      return Registries.loadBundled();
    } catch (VendorCatalogueException e) {
      throw new IllegalStateException("bundled registries are broken: " + e.getMessage(), e);
    }
  }

  public Registries registries() {
    return registries;
  }

  /**
   * Shortcut for {@code identify(Observations.of(sysDescr, sysObjectId))}.
   *
   * @param sysDescr decoded sysDescr text; may be null or empty
   * @param sysObjectId dotted sysObjectID, e.g. {@code "1.3.6.1.4.1.2011.2.23.96"} (a leading dot
   *     is accepted); may be null, empty or malformed
   */
  public Identification identify(String sysDescr, String sysObjectId) {
    return identify(Observations.of(sysDescr, sysObjectId));
  }

  /** Identifies the maker from every signal in {@code o}. Never throws on device data. */
  public Identification identify(Observations o) {
    Collector c = new Collector();
    objectIdEvidence(o.sysObjectId(), c);
    privateEvidence(o.privateObjects(), c);
    entityEvidence(o.entities(), c);
    descrEvidence(o.sysDescr(), c.evidence, c.notes);
    engineEvidence(o.engineId(), c);
    servedEvidence(o.servedEnterprises(), identityEnterprises(o), c);
    macEvidence(o.macAddresses(), "ifPhysAddress", c);
    o.engineId()
        .filter(e -> !e.mac().isEmpty())
        .ifPresent(e -> macEvidence(List.of(e.mac()), "engine ID", c));
    hyteraSignature(o, c.evidence);
    Identification decided = decide(c, true);
    return decided.withPlatforms(platforms.find(o.sysDescr(), o.sysObjectId(), decided.vendor()));
  }

  /**
   * Enterprise numbers that say nothing about the maker (net-snmp 8072, UCD 2021, standards bodies'
   * arcs): a device with such a sysObjectID is worth asking which maker MIBs it serves, and these
   * are skipped there.
   */
  public java.util.Set<Long> genericEnterprises() {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (EnterpriseNumber e : catalogue.enterpriseNumbers()) {
      if (e.strength() == EnterpriseNumber.PenStrength.NONE) {
        out.add(e.number());
      }
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * The OIDs the scanner should GET (besides the system group) so that {@link Observations} can be
   * filled.
   */
  public List<String> privateObjectIds() {
    return catalogue.privateObjects().stream().map(PrivateObjectRule::oid).distinct().toList();
  }

  /**
   * The model: from a private object with column {@code model}, else the chassis
   * entPhysicalModelName.
   */
  public Optional<String> model(Observations o) {
    return column(o, PrivateObjectRule.Column.MODEL)
        .or(() -> chassis(o.entities()).map(EntityRow::modelName).filter(s -> !s.isEmpty()));
  }

  /**
   * The firmware: from a private object with column {@code firmware}, else the chassis
   * entPhysicalSoftwareRev, else its entPhysicalFirmwareRev.
   */
  public Optional<String> firmware(Observations o) {
    return column(o, PrivateObjectRule.Column.FIRMWARE)
        .or(
            () ->
                chassis(o.entities())
                    .map(r -> r.softwareRev().isEmpty() ? r.firmwareRev() : r.softwareRev())
                    .filter(s -> !s.isEmpty()));
  }

  /**
   * The serial number: from a private object with column {@code serial}, else the chassis
   * entPhysicalSerialNum.
   */
  public Optional<String> serial(Observations o) {
    return column(o, PrivateObjectRule.Column.SERIAL)
        .or(() -> chassis(o.entities()).map(EntityRow::serial).filter(s -> !s.isEmpty()));
  }

  private Optional<String> column(Observations o, PrivateObjectRule.Column column) {
    for (PrivateObjectRule r : catalogue.privateObjects()) {
      if (r.column() != column) {
        continue;
      }
      String v = o.privateObjects().get(r.oid());
      if (r.accepts(v)) {
        return Optional.of(EntityRow.clean(v));
      }
    }
    return Optional.empty();
  }

  /**
   * entPhysical rows made by another maker than the device: every row (any class) whose own
   * identification (from its entPhysicalMfgName, entPhysicalModelName and entPhysicalDescr through
   * {@code maker-names.csv}, with the usual decision rules) names a maker different from {@code
   * chassisVendor}. The chassis row is left out when it names the chassis maker. One entry per row,
   * in table order.
   */
  public List<ComponentIdentification> components(Observations o, Optional<Vendor> chassisVendor) {
    List<ComponentIdentification> out = new ArrayList<>();
    Optional<EntityRow> chassis = chassis(o.entities());
    for (EntityRow row : o.entities()) {
      Identification id = identifyRow(row, chassis.isPresent() && chassis.get() == row);
      if (id.vendor().isEmpty() || id.vendor().equals(chassisVendor)) {
        continue;
      }
      out.add(new ComponentIdentification(row, id));
    }
    return out;
  }

  private Identification identifyRow(EntityRow row, boolean isChassis) {
    Collector c = new Collector();
    String where = "entPhysical row " + row.index() + (isChassis ? " (chassis)" : "");
    Set<Vendor> seen = new HashSet<>();
    String[][] columns = {
      {"entPhysicalMfgName", row.mfgName()},
      {"entPhysicalModelName", row.modelName()},
      {"entPhysicalDescr", row.descr()}
    };
    for (String[] col : columns) {
      for (VendorCatalogue.MakerMatch m : catalogue.makersNamed(col[1])) {
        if (seen.add(m.name().vendor())) {
          c.evidence.add(
              new Evidence(
                  SignalSource.ENTITY_MFG,
                  m.name().vendor(),
                  m.name().strength(),
                  col[0]
                      + "."
                      + row.index()
                      + " "
                      + quote(col[1])
                      + " = "
                      + m.name().vendor().name()
                      + weakTag(m.name().strength())
                      + " ("
                      + where
                      + ")"));
        }
      }
    }
    // a component is never identified by the single-signal fallback: a weak name alone makes no
    // finding
    return decide(c, false);
  }

  /**
   * The chassis row: the first entPhysicalClass chassis(3) row not contained in another chassis row
   * (a stack holds chassis rows); when no row carries a class at all (entPhysicalClass not read: 0,
   * or a negative value for a column the agent did not answer), the first top-level row
   * (containedIn 0 or less); else empty.
   */
  static Optional<EntityRow> chassis(List<EntityRow> rows) {
    Set<Integer> chassisIndexes = new HashSet<>();
    for (EntityRow r : rows) {
      if (r.physicalClass() == EntityRow.CLASS_CHASSIS) {
        chassisIndexes.add(r.index());
      }
    }
    for (EntityRow r : rows) {
      if (r.physicalClass() == EntityRow.CLASS_CHASSIS
          && !chassisIndexes.contains(r.containedIn())) {
        return Optional.of(r);
      }
    }
    if (!chassisIndexes.isEmpty()) {
      return rows.stream().filter(r -> r.physicalClass() == EntityRow.CLASS_CHASSIS).findFirst();
    }
    // entPhysicalClass not read at all: the first top-level row stands for the device
    if (rows.stream().allMatch(r -> r.physicalClass() <= 0)) {
      return rows.stream().filter(r -> r.containedIn() <= 0).findFirst();
    }
    return Optional.empty();
  }

  /**
   * Evidence and notes gathered for one decision, plus which evidence may identify on its own as a
   * fallback.
   */
  private static final class Collector {
    final List<Evidence> evidence = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** OUI evidence from a maker's own (device) registration under a definitive name. */
    final Set<Evidence> ouiFallback = new HashSet<>();

    /** Evidence naming an IANA registrant that is not a catalogue maker. */
    final Set<Evidence> registrant = new HashSet<>();

    /**
     * MAC registrants marked {@code oui=nic} (NIC, board and ODM makers): never evidence on their
     * own, they only corroborate another source naming the same (unwatched) maker.
     */
    final List<Evidence> nicOui = new ArrayList<>();
  }

  // ------------------------------------------------------------ sysObjectID

  private void objectIdEvidence(String sysObjectId, Collector c) {
    List<Evidence> evidence = c.evidence;
    List<String> notes = c.notes;
    if (sysObjectId == null || sysObjectId.isBlank()) {
      notes.add("sysObjectID missing: no enterprise number");
      return;
    }
    String oid = clean(sysObjectId);
    OptionalLong pen;
    try {
      pen = enterpriseNumber(oid);
    } catch (IllegalArgumentException e) {
      notes.add("sysObjectID " + quote(oid) + " " + e.getMessage() + ": no enterprise number");
      return;
    }
    if (pen.isEmpty()) {
      return;
    }
    long n = pen.getAsLong();
    Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
    if (entry.isEmpty()) {
      registrantEvidence(n, SignalSource.SYS_OBJECT_ID, "sysObjectID " + quote(oid), c);
      return;
    }
    EnterpriseNumber e = entry.get();
    switch (e.strength()) {
      case NONE:
        notes.add("enterprise " + n + " says nothing about the maker (" + e.notes() + ")");
        embeddedEvidence(oid, c);
        break;
      case WEAK:
        if (e.vendor().isPresent()) {
          evidence.add(
              new Evidence(
                  SignalSource.SYS_OBJECT_ID,
                  e.vendor().get(),
                  Strength.WEAK,
                  "sysObjectID "
                      + quote(oid)
                      + ": enterprise "
                      + n
                      + " (weak) = "
                      + e.vendor().get().name()
                      + "; "
                      + e.notes()));
        } else {
          notes.add("enterprise " + n + " is weak and names no maker (" + e.notes() + ")");
        }
        break;
      case DEFINITIVE:
        evidence.add(
            new Evidence(
                SignalSource.SYS_OBJECT_ID,
                e.vendor().orElseThrow(),
                Strength.DEFINITIVE,
                "sysObjectID "
                    + quote(oid)
                    + ": enterprise "
                    + n
                    + " = "
                    + e.vendor().get().name()));
        break;
      default:
        throw new IllegalStateException(String.valueOf(e.strength()));
    }
  }

  /**
   * The enterprise number: the arc right after 1.3.6.1.4.1. Empty (with no error) is never returned
   * for a well-formed OID under enterprises; an OID outside enterprises, or 1.3.6.1.4.1 alone,
   * throws with a reason.
   */
  static OptionalLong enterpriseNumber(String oid) {
    String s = oid.startsWith(".") ? oid.substring(1) : oid;
    if (s.isEmpty()) {
      throw new IllegalArgumentException("is empty");
    }
    String[] parts = s.split("\\.", -1);
    long[] arcs = new long[Math.min(parts.length, ENTERPRISES.length + 1)];
    for (int i = 0; i < arcs.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 10 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("is malformed");
      }
      arcs[i] = Long.parseLong(p);
      if (arcs[i] > MAX_ARC) {
        throw new IllegalArgumentException("has an arc above " + MAX_ARC);
      }
    }
    for (int i = ENTERPRISES.length + 1; i < parts.length; i++) {
      if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("is malformed");
      }
    }
    for (int i = 0; i < ENTERPRISES.length; i++) {
      if (i >= arcs.length || arcs[i] != ENTERPRISES[i]) {
        throw new IllegalArgumentException("is not under 1.3.6.1.4.1 (enterprises)");
      }
    }
    if (arcs.length <= ENTERPRISES.length) {
      throw new IllegalArgumentException("stops at 1.3.6.1.4.1 (no enterprise arc)");
    }
    return OptionalLong.of(arcs[ENTERPRISES.length]);
  }

  /**
   * Generic stacks (strength none) sometimes append the OEM's own product OID: RND/Radlan firmware
   * answers {@code 1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25} on a Netgear switch. The embedded
   * enterprise counts as if it were the sysObjectID's (catalogue numbers only).
   */
  private void embeddedEvidence(String oid, Collector c) {
    OptionalLong embedded = embeddedEnterprise(oid);
    if (embedded.isEmpty()) {
      return;
    }
    long inner = embedded.getAsLong();
    Optional<EnterpriseNumber> e = catalogue.enterprise(inner);
    if (e.isPresent() && e.get().vendor().isPresent()) {
      Strength st =
          e.get().strength() == EnterpriseNumber.PenStrength.DEFINITIVE
              ? Strength.DEFINITIVE
              : Strength.WEAK;
      c.evidence.add(
          new Evidence(
              SignalSource.SYS_OBJECT_ID,
              e.get().vendor().get(),
              st,
              "sysObjectID "
                  + quote(oid)
                  + " embeds enterprise "
                  + inner
                  + weakTag(st)
                  + " = "
                  + e.get().vendor().get().name()));
    }
  }

  /**
   * The first enterprise number embedded after the sysObjectID's own ({@code
   * 89.1.1.1.3.6.1.4.1.4526...}).
   */
  private static OptionalLong embeddedEnterprise(String oid) {
    String[] parts = (oid.startsWith(".") ? oid.substring(1) : oid).split("\\.");
    for (int i = ENTERPRISES.length + 1; i + ENTERPRISES.length < parts.length; i++) {
      boolean match = true;
      for (int k = 0; k < ENTERPRISES.length && match; k++) {
        match = parts[i + k].equals(Long.toString(ENTERPRISES[k]));
      }
      if (!match) {
        continue;
      }
      String arc = parts[i + ENTERPRISES.length];
      if (arc.isEmpty()
          || arc.length() > 10
          || !arc.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(arc));
    }
    return OptionalLong.empty();
  }

  /**
   * An enterprise number the catalogue does not list: the IANA registrant names a catalogue maker
   * (weak evidence) or an organisation outside the catalogue (weak evidence for that organisation,
   * which identifies only when nothing else names a maker).
   */
  private void registrantEvidence(long n, SignalSource source, String what, Collector c) {
    Optional<String> org = registries.enterprises().organisation(n);
    if (org.isEmpty()) {
      c.notes.add(
          "enterprise " + n + " (" + what + ") is not in the catalogue nor in the IANA registry");
      return;
    }
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(org.get());
    if (!makers.isEmpty()) {
      for (VendorCatalogue.MakerMatch m : makers) {
        c.evidence.add(
            new Evidence(
                source,
                m.name().vendor(),
                Strength.WEAK,
                what
                    + ": enterprise "
                    + n
                    + " (not in the catalogue) is registered to "
                    + quote(org.get())
                    + " = "
                    + m.name().vendor().name()
                    + " (weak)"));
      }
      return;
    }
    Vendor registrant = new Vendor(REGISTRANT_PREFIX + n, org.get());
    Evidence e =
        new Evidence(
            source,
            registrant,
            Strength.WEAK,
            what
                + ": enterprise "
                + n
                + " = "
                + quote(org.get())
                + " (IANA registrant; not a catalogue maker)");
    c.evidence.add(e);
    c.registrant.add(e);
  }

  // ------------------------------------------------------------ private objects

  private void privateEvidence(Map<String, String> objects, Collector c) {
    if (objects.isEmpty()) {
      return;
    }
    for (PrivateObjectRule r : catalogue.privateObjects()) {
      String value = objects.get(r.oid());
      if (value == null || r.strength() == EnterpriseNumber.PenStrength.NONE) {
        continue;
      }
      String v = EntityRow.clean(value);
      if (!r.accepts(v)) {
        if (!v.isEmpty()) {
          c.notes.add(
              "private object "
                  + r.oid()
                  + " = "
                  + quote(v)
                  + " does not look like "
                  + r.vendor().map(Vendor::name).orElse("a maker name")
                  + ": not evidence");
        }
        continue;
      }
      Strength ruleStrength =
          r.strength() == EnterpriseNumber.PenStrength.DEFINITIVE
              ? Strength.DEFINITIVE
              : Strength.WEAK;
      if (r.vendor().isPresent()) {
        c.evidence.add(
            new Evidence(
                SignalSource.PRIVATE_OID,
                r.vendor().get(),
                ruleStrength,
                "private object "
                    + r.oid()
                    + " = "
                    + quote(v)
                    + weakTag(ruleStrength)
                    + " = "
                    + r.vendor().get().name()));
        continue;
      }
      List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(v);
      if (makers.isEmpty()) {
        c.notes.add("object " + r.oid() + " = " + quote(v) + " names no catalogue maker");
      }
      for (VendorCatalogue.MakerMatch m : makers) {
        Strength st = ruleStrength == Strength.DEFINITIVE ? m.name().strength() : Strength.WEAK;
        c.evidence.add(
            new Evidence(
                SignalSource.PRIVATE_OID,
                m.name().vendor(),
                st,
                "object "
                    + r.oid()
                    + " = "
                    + quote(v)
                    + " (manufacturer) = "
                    + m.name().vendor().name()
                    + weakTag(st)));
      }
    }
  }

  // ------------------------------------------------------------ ENTITY-MIB

  private void entityEvidence(List<EntityRow> rows, Collector c) {
    Optional<EntityRow> chassis = chassis(rows);
    if (chassis.isEmpty()) {
      if (!rows.isEmpty()) {
        c.notes.add("entPhysicalTable has no chassis row: component makers only");
      }
      return;
    }
    EntityRow row = chassis.get();
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(row.mfgName());
    if (makers.isEmpty() && !row.mfgName().isEmpty()) {
      c.notes.add(
          "entPhysicalMfgName."
              + row.index()
              + " "
              + quote(row.mfgName())
              + " (chassis) names no catalogue maker");
    }
    for (VendorCatalogue.MakerMatch m : makers) {
      c.evidence.add(
          new Evidence(
              SignalSource.ENTITY_MFG,
              m.name().vendor(),
              m.name().strength(),
              "entPhysicalMfgName."
                  + row.index()
                  + " "
                  + quote(row.mfgName())
                  + " (chassis) = "
                  + m.name().vendor().name()
                  + weakTag(m.name().strength())));
    }
    if (!makers.isEmpty()) {
      return;
    }
    // the manufacturer field names nobody: the chassis model name, else its description, may name
    // the maker
    // ("Cumulus Networks arm-accton_as4610_54-r0 ... Chassis"); a description is free text, so
    // always weak
    String[][] columns = {
      {"entPhysicalModelName", row.modelName()}, {"entPhysicalDescr", row.descr()}
    };
    for (String[] col : columns) {
      List<VendorCatalogue.MakerMatch> named = catalogue.makersNamed(col[1]);
      for (VendorCatalogue.MakerMatch m : named) {
        c.evidence.add(
            new Evidence(
                SignalSource.ENTITY_MFG,
                m.name().vendor(),
                Strength.WEAK,
                col[0]
                    + "."
                    + row.index()
                    + " "
                    + quote(col[1])
                    + " (chassis; entPhysicalMfgName names no"
                    + " maker) = "
                    + m.name().vendor().name()
                    + " (weak)"));
      }
      if (!named.isEmpty()) {
        return;
      }
    }
  }

  // ------------------------------------------------------------ SNMPv3 engine ID

  private void engineEvidence(Optional<EngineId> engineId, Collector c) {
    if (engineId.isEmpty()) {
      return;
    }
    EngineId e = engineId.get();
    String what = "engine ID " + e.hex();
    if (e.enterprise() < 0) {
      c.notes.add(what + " is empty, too short or garbled: no enterprise number");
      return;
    }
    long n = e.enterprise();
    Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
    if (entry.isEmpty()) {
      registrantEvidence(n, SignalSource.ENGINE_ID, what, c);
      return;
    }
    EnterpriseNumber pen = entry.get();
    if (pen.vendor().isEmpty()) {
      c.notes.add(
          what + ": enterprise " + n + " says nothing about the maker (" + pen.notes() + ")");
      return;
    }
    // the agent writes its own engine ID (squatted numbers appear here too): weak whatever the
    // catalogue says
    c.evidence.add(
        new Evidence(
            SignalSource.ENGINE_ID,
            pen.vendor().get(),
            Strength.WEAK,
            what
                + " ("
                + e.formatName()
                + "): enterprise "
                + n
                + " = "
                + pen.vendor().get().name()
                + " (weak)"));
  }

  // ------------------------------------------------------------ served MIBs

  /**
   * The enterprise numbers the device names as its identity: the sysObjectID's (and one embedded
   * after a generic stack's) and the engine ID's. A served MIB under one of them says nothing new
   * (a squatter of 50001 answers 50001 and serves 50001).
   */
  private static Set<Long> identityEnterprises(Observations o) {
    Set<Long> out = new HashSet<>();
    String oid = o.sysObjectId() == null ? "" : clean(o.sysObjectId());
    if (!oid.isEmpty()) {
      try {
        enterpriseNumber(oid).ifPresent(out::add);
      } catch (IllegalArgumentException e) {
        // malformed: noted by objectIdEvidence
      }
      embeddedEnterprise(oid).ifPresent(out::add);
    }
    o.engineId().filter(e -> e.enterprise() >= 0).ifPresent(e -> out.add(e.enterprise()));
    return out;
  }

  /**
   * Enterprise arcs under which the agent serves objects: a catalogue number is WEAK evidence for
   * its maker (any agent may implement another maker's MIB, so it never decides alone against
   * anything); a number outside the catalogue goes through the IANA registry as for sysObjectID.
   * Generic stacks (strength none) and the numbers the identity already names are skipped with a
   * note.
   */
  private void servedEvidence(List<Long> served, Set<Long> identity, Collector c) {
    Set<Long> seen = new LinkedHashSet<>();
    Set<Vendor> named = new HashSet<>();
    List<String> same = new ArrayList<>();
    List<String> generic = new ArrayList<>();
    for (Long n : served) {
      if (n == null || n < 0 || n > MAX_ARC || seen.contains(n)) {
        continue;
      }
      if (seen.size() == MAX_SERVED) {
        c.notes.add("more than " + MAX_SERVED + " served enterprises: the rest are not looked at");
        break;
      }
      seen.add(n);
      if (identity.contains(n)) {
        same.add(Long.toString(n));
        continue;
      }
      String what = "served MIB 1.3.6.1.4.1." + n;
      Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
      if (entry.isEmpty()) {
        registrantEvidence(n, SignalSource.SERVED_MIB, what, c);
        continue;
      }
      EnterpriseNumber e = entry.get();
      if (e.vendor().isEmpty()) {
        generic.add(n + " (" + e.notes().split("[:;]", 2)[0].strip() + ")");
        continue;
      }
      Vendor v = e.vendor().get();
      if (named.add(v)) {
        c.evidence.add(
            new Evidence(
                SignalSource.SERVED_MIB,
                v,
                Strength.WEAK,
                what
                    + ": enterprise "
                    + n
                    + (e.strength() == EnterpriseNumber.PenStrength.WEAK ? " (a weak number)" : "")
                    + " = "
                    + v.name()
                    + " (weak: agents may implement another maker's MIB)"));
      }
    }
    if (!same.isEmpty()) {
      c.notes.add(
          "served MIB under enterprise "
              + String.join(", ", same)
              + " is the sysObjectID's or engine ID's own: not an independent signal");
    }
    if (!generic.isEmpty()) {
      c.notes.add(
          "served MIB under generic enterprise "
              + String.join(", ", generic)
              + ": says nothing about the maker");
    }
  }

  // ------------------------------------------------------------ MAC addresses (OUI)

  private void macEvidence(List<String> macs, String origin, Collector c) {
    if (macs.isEmpty()) {
      return;
    }
    Map<Vendor, List<String>> byMaker = new LinkedHashMap<>();
    Map<Vendor, VendorCatalogue.MakerMatch> nameOf = new HashMap<>();
    Map<Vendor, OuiRegistry.Assignment> firstAssignment = new HashMap<>();
    Set<String> otherOrgs = new LinkedHashSet<>();
    Set<String> nicMakers = new LinkedHashSet<>();
    Map<Vendor, Evidence> nicEvidence = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    int local = 0;
    int unknown = 0;
    for (String mac : macs) {
      long v = OuiRegistry.parseMac(mac);
      if (v < 0) {
        if (!mac.isBlank()) {
          c.notes.add(origin + " " + quote(mac) + " is not a MAC address");
        }
        continue;
      }
      if (v == 0 || v == 0xffff_ffff_ffffL || !seen.add(v)) {
        continue;
      }
      int first = (int) (v >>> 40);
      if ((first & 0x03) != 0) {
        local++; // locally administered or group address: no registrant
        continue;
      }
      Optional<OuiRegistry.Assignment> a = registries.oui().lookup(v);
      if (a.isEmpty()) {
        unknown++;
        continue;
      }
      List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(a.get().organisation());
      if (makers.isEmpty()) {
        otherOrgs.add(
            a.get().registry() + " " + a.get().prefix() + " " + quote(a.get().organisation()));
        continue;
      }
      for (VendorCatalogue.MakerMatch m : makers) {
        if (m.name().oui() == MakerName.OuiMeaning.NIC) {
          nicMakers.add(m.name().vendor().name() + " (" + a.get().prefix() + ")");
          nicEvidence.putIfAbsent(
              m.name().vendor(),
              new Evidence(
                  SignalSource.OUI,
                  m.name().vendor(),
                  Strength.WEAK,
                  origin
                      + " MAC "
                      + formatMac(v)
                      + ": IEEE "
                      + a.get().registry()
                      + " "
                      + a.get().prefix()
                      + " "
                      + quote(a.get().organisation())
                      + " = "
                      + m.name().vendor().name()
                      + " (weak; a NIC/board maker: corroborates only)"));
          continue;
        }
        byMaker.computeIfAbsent(m.name().vendor(), k -> new ArrayList<>()).add(formatMac(v));
        nameOf.putIfAbsent(m.name().vendor(), m);
        firstAssignment.putIfAbsent(m.name().vendor(), a.get());
      }
    }
    int total = seen.size();
    for (Map.Entry<Vendor, List<String>> en : byMaker.entrySet()) {
      Vendor vendor = en.getKey();
      OuiRegistry.Assignment a = firstAssignment.get(vendor);
      MakerName name = nameOf.get(vendor).name();
      Evidence e =
          new Evidence(
              SignalSource.OUI,
              vendor,
              Strength.WEAK,
              origin
                  + " MAC "
                  + en.getValue().get(0)
                  + (total > 1 ? " (" + en.getValue().size() + " of " + total + " MACs)" : "")
                  + ": IEEE "
                  + a.registry()
                  + " "
                  + a.prefix()
                  + " "
                  + quote(a.organisation())
                  + " = "
                  + vendor.name()
                  + " (weak"
                  + (name.strength() == Strength.DEFINITIVE
                      ? "; identifies alone only when uncontested"
                      : "")
                  + ")");
      c.evidence.add(e);
      if (name.strength() == Strength.DEFINITIVE) {
        c.ouiFallback.add(e);
      }
    }
    if (!nicMakers.isEmpty()) {
      c.notes.add(
          origin
              + " MAC registrant "
              + String.join(", ", nicMakers)
              + " makes NICs/boards for other makers: never names the device maker alone, only corroborates"
              + " another source naming the same maker");
      c.nicOui.addAll(nicEvidence.values());
    }
    if (!otherOrgs.isEmpty()) {
      c.notes.add(
          origin
              + " MAC registrant "
              + String.join(", ", otherOrgs.stream().limit(3).toList())
              + (otherOrgs.size() > 3 ? " and " + (otherOrgs.size() - 3) + " more" : "")
              + " is not a catalogue maker");
    }
    if (local > 0) {
      c.notes.add(
          origin
              + ": "
              + local
              + " locally administered or group MAC address(es) have no registrant");
    }
    if (unknown > 0) {
      c.notes.add(
          origin
              + ": "
              + unknown
              + " MAC address(es) not in the OUI registry ("
              + registries.oui().date().map(Object::toString).orElse("undated")
              + ")");
    }
  }

  private static String formatMac(long v) {
    StringBuilder b = new StringBuilder(17);
    for (int i = 5; i >= 0; i--) {
      b.append(String.format("%02x", (v >>> (8 * i)) & 0xff));
      if (i > 0) {
        b.append(':');
      }
    }
    return b.toString();
  }

  private static String weakTag(Strength s) {
    return s == Strength.WEAK ? " (weak)" : "";
  }

  // ------------------------------------------------------------ sysDescr

  /** lwIP's own enterprise number with no product arc, as lwIP sets it by default. */
  private static final String BARE_LWIP_OBJECT_ID = "1.3.6.1.4.1.26381";

  /**
   * Hytera's repeaters answer lwIP's bare enterprise number (1.3.6.1.4.1.26381) and no sysDescr at
   * all. lwIP's own agent fills sysDescr ("lwIP") by default, so the absence is a signal of its own
   * (the signature LibreNMS keys Hytera on), weak like the number: together they identify Hytera;
   * either alone does not.
   */
  private void hyteraSignature(Observations o, List<Evidence> evidence) {
    String oid = o.sysObjectId() == null ? "" : o.sysObjectId().strip();
    if (oid.startsWith(".")) {
      oid = oid.substring(1);
    }
    boolean noDescr = o.sysDescr() == null || o.sysDescr().isBlank();
    // Only when nothing else names a maker: any other signal outweighs an absence.
    boolean othersNamed = evidence.stream().anyMatch(e -> !e.vendor().id().equals("hytera"));
    if (noDescr && oid.equals(BARE_LWIP_OBJECT_ID) && !othersNamed) {
      catalogue
          .vendor("hytera")
          .ifPresent(
              hytera ->
                  evidence.add(
                      new Evidence(
                          SignalSource.SYS_DESCR,
                          hytera,
                          Strength.WEAK,
                          "no sysDescr beside lwIP's bare enterprise number 26381: the Hytera repeater "
                              + "signature (lwIP's own agent reports a sysDescr)")));
    }
  }

  private void descrEvidence(String sysDescr, List<Evidence> evidence, List<String> notes) {
    if (sysDescr == null || sysDescr.isBlank()) {
      notes.add("sysDescr empty: no text evidence");
      return;
    }
    // one evidence per maker: the first definitive rule that fires, else the first weak one
    Map<Vendor, Evidence> best = new LinkedHashMap<>();
    for (SysDescrRule rule : catalogue.rules()) {
      Optional<String> hit = rule.match(sysDescr);
      if (hit.isEmpty()) {
        continue;
      }
      Evidence prev = best.get(rule.vendor());
      if (prev != null
          && (prev.strength() == Strength.DEFINITIVE || rule.strength() == Strength.WEAK)) {
        continue;
      }
      best.put(
          rule.vendor(),
          new Evidence(
              SignalSource.SYS_DESCR,
              rule.vendor(),
              rule.strength(),
              "sysDescr matches rule "
                  + rule.id()
                  + (rule.strength() == Strength.WEAK ? " (weak)" : "")
                  + " ("
                  + quote(hit.get())
                  + ") = "
                  + rule.vendor().name()));
    }
    evidence.addAll(best.values());
  }

  // ------------------------------------------------------------ decision

  /**
   * The decision rules of {@code package-info.java}. {@code device}: the single-signal fallback may
   * apply (a device); false for an entPhysical row, which a weak name alone never identifies.
   */
  private Identification decide(Collector c, boolean device) {
    List<Evidence> evidence = new ArrayList<>(c.evidence);
    // a NIC/board maker's MAC only corroborates another source that names the same, unwatched maker
    for (Evidence nic : c.nicOui) {
      if (!catalogue.watched(nic.vendor())
          && c.evidence.stream()
              .anyMatch(e -> e.vendor().equals(nic.vendor()) && e.source() != SignalSource.OUI)) {
        evidence.add(nic);
      }
    }
    List<String> notes = c.notes;
    List<String> conflicts = new ArrayList<>();
    Vendor chosen = null;
    Confidence confidence = Confidence.LOW;

    List<Evidence> definitive =
        evidence.stream().filter(e -> e.strength() == Strength.DEFINITIVE).toList();
    if (!definitive.isEmpty()) {
      // evidence is gathered in the order sysObjectID, private objects, chassis entPhysicalMfgName,
      // sysDescr,
      // so the first definitive one follows that precedence
      Evidence first = definitive.get(0);
      chosen = first.vendor();
      for (Evidence e : definitive) {
        if (!e.vendor().equals(chosen)) {
          conflicts.add(
              "definitive signals name different makers: " + first.detail() + " | " + e.detail());
        }
      }
      if (!conflicts.isEmpty()) {
        confidence = Confidence.LOW;
      } else {
        confidence = sources(evidence, chosen).size() >= 2 ? Confidence.HIGH : Confidence.MEDIUM;
      }
    } else {
      // weak only: a maker named by two independent sources is identified
      for (Evidence e : evidence) {
        if (sources(evidence, e.vendor()).size() >= 2) {
          chosen = e.vendor();
          confidence = Confidence.MEDIUM;
          break;
        }
      }
    }
    if (chosen == null && device) {
      chosen = fallback(c);
      if (chosen != null) {
        notes.add(
            "identified from a single weak source that nothing contradicts ("
                + chosen.name()
                + "): confidence low");
      }
    }

    for (Evidence e : evidence) {
      if (e.strength() != Strength.WEAK || e.vendor().equals(chosen)) {
        continue;
      }
      String what = describeSource(e.source());
      if (chosen == null) {
        notes.add(
            what
                + " is weak evidence for "
                + e.vendor().name()
                + " and needs a second signal ("
                + e.detail()
                + ")");
      } else {
        notes.add(
            what
                + " weak evidence for "
                + e.vendor().name()
                + " set aside: a stronger signal names "
                + chosen.name()
                + " ("
                + e.detail()
                + ")");
      }
    }
    if (chosen == null) {
      if (evidence.isEmpty()) {
        notes.add("no maker evidence in sysDescr or sysObjectID");
      }
      return new Identification(Optional.empty(), Confidence.LOW, evidence, conflicts, notes);
    }
    return new Identification(Optional.of(chosen), confidence, evidence, conflicts, notes);
  }

  /**
   * When nothing identified the maker: (a) the OUI of a maker's own registration, when every such
   * OUI names the same maker and no other evidence names another catalogue maker; else (b) the
   * single-signal fallback: the one organisation that all evidence names, when that evidence is not
   * a MAC registrant (OUIs identify alone only by (a)) and the organisation is not a watched maker
   * ({@link VendorCatalogue#watched}): an IANA registrant outside the catalogue (sysObjectID,
   * engine ID or served MIB), or a catalogue maker named by one weak signal (a served MIB, a weak
   * number or sysDescr rule). A watched maker named so stays unidentified: the policy asks for
   * review.
   */
  private Vendor fallback(Collector c) {
    Set<Vendor> oui = new LinkedHashSet<>();
    c.ouiFallback.forEach(e -> oui.add(e.vendor()));
    if (oui.size() == 1) {
      Vendor v = oui.iterator().next();
      boolean contested =
          c.evidence.stream().anyMatch(e -> !e.vendor().equals(v) && !c.registrant.contains(e));
      if (!contested) {
        return v;
      }
    }
    Set<Vendor> named = new LinkedHashSet<>();
    c.evidence.forEach(e -> named.add(e.vendor()));
    if (named.size() != 1) {
      return null;
    }
    Vendor v = named.iterator().next();
    boolean fromOui = c.evidence.stream().anyMatch(e -> e.source() == SignalSource.OUI);
    return fromOui || catalogue.watched(v) ? null : v;
  }

  private static Set<SignalSource> sources(List<Evidence> evidence, Vendor vendor) {
    Set<SignalSource> s = EnumSet.noneOf(SignalSource.class);
    for (Evidence e : evidence) {
      if (e.vendor().equals(vendor)) {
        s.add(e.source());
      }
    }
    return s;
  }

  private static String describeSource(SignalSource source) {
    switch (source) {
      case SYS_OBJECT_ID:
        return "sysObjectID";
      case SYS_DESCR:
        return "sysDescr";
      case PRIVATE_OID:
        return "private object";
      case ENTITY_MFG:
        return "entPhysical";
      case OUI:
        return "MAC registrant";
      case ENGINE_ID:
        return "engine ID";
      case SERVED_MIB:
        return "served MIB";
      case NEIGHBOUR:
        return "neighbour";
      default:
        throw new IllegalStateException(String.valueOf(source));
    }
  }

  private static String clean(String s) {
    return s.strip();
  }

  /** A short, one-line, quoted rendering of device text (control characters become spaces). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTE) + 5).append('"');
    int n = 0;
    for (int i = 0; i < s.length() && n < MAX_QUOTE; i++, n++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    if (s.length() > MAX_QUOTE) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}
