package io.netaudit.identify;

import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Reads;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Identifies the maker of a device from what it answered: runs the registered {@link Signal}s in
 * order over the {@link Observations}, then the {@link Decision} rules, then looks for platform
 * makers. sysName, sysLocation and sysContact are never evidence. A pure function of its inputs,
 * the catalogue and the registries; thread-safe. The rules are documented in {@code
 * package-info.java}.
 */
public final class Identifier {

  /**
   * Vendor ids given to IANA registrants that are not catalogue makers: {@code iana-pen-<number>}.
   */
  public static final String REGISTRANT_PREFIX = Registrants.PREFIX;

  /** Why a locally administered MAC names no maker; also an endpoint row's detail. */
  public static final String LOCALLY_ADMINISTERED = EndpointMacs.LOCALLY_ADMINISTERED;

  private final VendorCatalogue catalogue;
  private final Registries registries;
  private final PlatformMakers platforms;
  private final List<Signal> signals;
  private final Decision decision;
  private final DeviceDetails details;
  private final Components components;
  private final EndpointMacs endpoints;

  /** Uses the bundled registries ({@link Registries#loadBundled()}). */
  public Identifier(VendorCatalogue catalogue) {
    this(catalogue, BundledData.load(Registries::loadBundled, "registries"));
  }

  public Identifier(VendorCatalogue catalogue, Registries registries) {
    this(
        catalogue,
        registries,
        BundledData.load(() -> PlatformMakers.loadBundled(catalogue), "platforms"));
  }

  public Identifier(VendorCatalogue catalogue, Registries registries, PlatformMakers platforms) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.registries = Objects.requireNonNull(registries, "registries");
    this.platforms = Objects.requireNonNull(platforms, "platforms");
    Registrants registrants = new Registrants(catalogue, registries);
    // The order is the precedence among definitive evidence (decision rule 1).
    this.signals =
        List.of(
            new SysObjectIdSignal(catalogue, registrants),
            new EmbeddedEnterpriseSignal(catalogue),
            new PrivateObjectSignal(catalogue),
            new EntityChassisSignal(catalogue),
            new SysDescrSignal(catalogue),
            new RecogSignal(catalogue),
            new EngineIdSignal(catalogue, registrants),
            new ServedMibSignal(catalogue, registrants),
            new OuiSignal(catalogue, registries),
            new SignatureSignal(catalogue));
    this.decision = new Decision(catalogue);
    this.details = new DeviceDetails(catalogue);
    this.components = new Components(catalogue, decision);
    this.endpoints = new EndpointMacs(catalogue, registries, decision);
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
    Findings found = new Findings();
    for (Signal s : signals) {
      s.collect(o, found);
    }
    Identification decided = decision.device(found);
    return decided.withPlatforms(platforms.find(o, decided.vendor(), found.platforms()));
  }

  /**
   * Identifies an endpoint known only by its MAC address (a forwarding or ARP table entry): its
   * IEEE registrant through the same decision rules, see {@link EndpointMacs}. Evidence and notes
   * never quote the MAC itself, so one identification serves every MAC of the same prefix.
   */
  public Identification identifyMac(MacAddress mac) {
    return endpoints.identify(mac);
  }

  /**
   * The IEEE assignment (longest prefix) that registers {@code mac}, e.g. for its owner's name;
   * empty for a locally administered or unregistered address.
   */
  public Optional<OuiRegistry.Assignment> registrant(MacAddress mac) {
    return mac.isLocallyAdministered() ? Optional.empty() : registries.oui().lookup(mac.value());
  }

  /** What the signals read: the scan's inventory plan includes it. */
  public Reads reads() {
    Reads all = Reads.NOTHING;
    for (Signal s : signals) {
      all = all.and(s.reads());
    }
    return all;
  }

  /**
   * Enterprise numbers that say nothing about the maker (net-snmp 8072, UCD 2021, standards bodies'
   * arcs): a device with such a sysObjectID is worth asking which maker MIBs it serves, and these
   * are skipped there.
   */
  public Set<Long> genericEnterprises() {
    return catalogue.genericEnterprises();
  }

  /** Model, firmware and serial number from what a device answered ({@link DeviceDetails}). */
  public DeviceDetails details() {
    return details;
  }

  /**
   * The maker's vendor name in NVD's CPE dictionary, for CPE names ({@link ProductCpe}); empty for
   * no maker or a maker without one.
   */
  public Optional<String> nvdVendor(Optional<Vendor> vendor) {
    return vendor.flatMap(catalogue::nvdVendor);
  }

  /** entPhysical rows made by another maker than {@code chassisVendor} ({@link Components}). */
  public List<ComponentIdentification> components(Observations o, Optional<Vendor> chassisVendor) {
    return components.find(o, chassisVendor);
  }
}
