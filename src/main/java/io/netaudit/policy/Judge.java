package io.netaudit.policy;

import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.Strength;
import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the policy to one identification; the worst applicable status wins. What each maker's
 * standing is (own rule, family, OEM brand) comes from {@link MakerPolicies}; here the device's
 * evidence is weighed: a producer signal on an OEM brand, conflicting makers, platform makers, weak
 * evidence of a listed maker on an unidentified device. A RESTRICTED verdict carries the earliest
 * deadline of its advisories ({@link Deadlines}).
 */
final class Judge {
  private final MakerPolicies makers;
  private final Deadlines deadlines;

  Judge(MakerPolicies makers, Deadlines deadlines) {
    this.makers = makers;
    this.deadlines = deadlines;
  }

  Verdict judge(Identification identification) {
    Optional<Vendor> vendor = identification.vendor();
    Outcome out = identified(vendor, identification);
    // A definitive signal for a listed maker that the identification did not settle on must not
    // vanish into COMPLIANT/UNIDENTIFIED: a person has to look, so it lifts the verdict to at
    // least REVIEW. The identified brand's OEM producer is no conflict: it made the device.
    for (Vendor other : conflicting(identification, vendor)) {
      MakerPolicy p = makers.of(other.id()).orElseThrow();
      if (vendor.isPresent() && isOemOf(other.id(), vendor.get().id())) {
        out.reason
            .append("; sold as ")
            .append(display(other))
            .append(" (an OEM brand of ")
            .append(display(vendor.get()))
            .append(')');
        continue;
      }
      out.review(p, "; conflicting evidence names " + display(other), "");
    }
    // The platform maker (e.g. H3C for an HPE Comware switch) is who built the equipment.
    for (Evidence platform : identification.platforms()) {
      Optional<MakerPolicy> p = makers.of(platform.vendor().id());
      if (p.isPresent() && !platform.vendor().equals(vendor.orElse(null))) {
        out.review(p.get(), "; built on the platform of " + display(platform.vendor()), "");
      }
    }
    // Weak evidence alone never identifies a maker, but weak evidence of a listed maker on a device
    // nothing else identifies (e.g. Hytera's lwIP enterprise number 26381 and nothing more) must
    // not end as a quiet UNIDENTIFIED: a person has to look. The first such maker is named.
    if (vendor.isEmpty()) {
      for (Evidence e : identification.evidence()) {
        Optional<MakerPolicy> p = makers.of(e.vendor().id());
        if (p.isPresent()
            && e.strength() == Strength.WEAK
            && out.status.severity() < AuditStatus.REVIEW.severity()) {
          out.review(
              p.get(), "; only weak evidence names " + display(e.vendor()), ": review the device");
        }
      }
    }
    List<Advisory> advisories = new ArrayList<>(out.advisories);
    return new Verdict(
        out.status,
        vendor,
        advisories,
        out.reason.toString(),
        out.status == AuditStatus.RESTRICTED ? deadlines.earliest(advisories) : Optional.empty());
  }

  /** The verdict on the identified maker alone: UNIDENTIFIED, COMPLIANT, or its standing. */
  private Outcome identified(Optional<Vendor> vendor, Identification identification) {
    if (vendor.isEmpty()) {
      return new Outcome(AuditStatus.UNIDENTIFIED, "vendor not identified");
    }
    Optional<MakerPolicy> policy =
        makers.of(vendor.get().id(), producerSignals(vendor.get().id(), identification));
    if (policy.isEmpty()) {
      return new Outcome(
          AuditStatus.COMPLIANT, display(vendor.get()) + " is not on the restricted-vendor list");
    }
    Outcome out =
        new Outcome(policy.get().status(), display(vendor.get()) + " " + policy.get().reason());
    out.advisories.addAll(policy.get().advisories());
    return out;
  }

  /**
   * For an OEM brand: each producer that evidence on the device names (any strength: its MAC, its
   * enterprise number or served MIB, its model prefix), with the first such evidence.
   */
  private Map<String, String> producerSignals(String brandId, Identification identification) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (OemLink link : makers.oem(brandId)) {
      for (Evidence e : identification.evidence()) {
        if (e.vendor().id().equals(link.producerId())) {
          seen.putIfAbsent(link.producerId(), e.detail());
        }
      }
    }
    return seen;
  }

  private boolean isOemOf(String brandId, String producerId) {
    return makers.oem(brandId).stream().anyMatch(l -> l.producerId().equals(producerId));
  }

  /** The verdict being built: the worst status so far, the advisories behind it, the reason. */
  private static final class Outcome {
    private AuditStatus status;
    private final StringBuilder reason;
    private final Set<Advisory> advisories = new LinkedHashSet<>();

    Outcome(AuditStatus status, String reason) {
      this.status = status;
      this.reason = new StringBuilder(reason);
    }

    /** Lifts the status to at least REVIEW because of another maker's standing, and says why. */
    void review(MakerPolicy other, String why, String after) {
      if (AuditStatus.REVIEW.severity() > status.severity()) {
        status = AuditStatus.REVIEW;
      }
      advisories.addAll(other.advisories());
      reason.append(why).append(" (").append(other.headline()).append(')').append(after);
    }
  }

  private List<Vendor> conflicting(Identification identification, Optional<Vendor> identified) {
    String identifiedId = identified.map(Vendor::id).orElse(null);
    // Sorted so the reason text is the same whatever Set implementation namedVendors() returns.
    return identification.namedVendors().stream()
        .filter(v -> !v.id().equals(identifiedId) && makers.of(v.id()).isPresent())
        .sorted(Comparator.comparing(Vendor::id))
        .collect(Collectors.toList());
  }

  private static String display(Vendor vendor) {
    return vendor.name() == null || vendor.name().isBlank() ? vendor.id() : vendor.name();
  }
}
