package io.netaudit.identify;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of identifying one device. An empty {@code vendor} means UNIDENTIFIED. {@code
 * conflicts} holds one-line statements when definitive signals name different makers; {@code notes}
 * holds other one-line remarks (weak evidence that needs a second signal, generic enterprise
 * numbers, malformed sysObjectID, ...). {@code platforms} names makers whose platform the device is
 * built on (e.g. H3C for an HPE Comware switch): never the identified brand, but a finding for the
 * policy.
 */
public record Identification(
    Optional<Vendor> vendor,
    Confidence confidence,
    List<Evidence> evidence,
    List<String> conflicts,
    List<String> notes,
    List<Evidence> platforms) {

  public Identification(
      Optional<Vendor> vendor,
      Confidence confidence,
      List<Evidence> evidence,
      List<String> conflicts,
      List<String> notes) {
    this(vendor, confidence, evidence, conflicts, notes, List.of());
  }

  public Identification {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(confidence, "confidence");
    evidence = List.copyOf(evidence);
    conflicts = List.copyOf(conflicts);
    notes = List.copyOf(notes);
    platforms = platforms == null ? List.of() : List.copyOf(platforms);
  }

  /** The same identification with platform makers added. */
  public Identification withPlatforms(List<Evidence> found) {
    return new Identification(vendor, confidence, evidence, conflicts, notes, found);
  }

  /** True when a maker was identified. */
  public boolean identified() {
    return vendor.isPresent();
  }

  /**
   * Every vendor named by any DEFINITIVE evidence, plus the identified vendor (first), so that
   * policy never silently drops a conflicting restricted maker.
   */
  public Set<Vendor> namedVendors() {
    Set<Vendor> named = new LinkedHashSet<>();
    vendor.ifPresent(named::add);
    for (Evidence e : evidence) {
      if (e.strength() == Strength.DEFINITIVE) {
        named.add(e.vendor());
      }
    }
    return Collections.unmodifiableSet(named);
  }
}
