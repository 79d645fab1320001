package io.netaudit.policy;

import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.identify.Strength;
import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies the vendor rules to one identification; the worst applicable status wins. */
final class Judge {
  private final Map<String, VendorRule> rules;

  Judge(Map<String, VendorRule> rulesByVendorId) {
    this.rules = Map.copyOf(rulesByVendorId);
  }

  Verdict judge(Identification identification) {
    Optional<Vendor> vendor = identification.vendor();
    Outcome out = identified(vendor);
    // A definitive signal for a listed maker that the identification did not settle on must not
    // vanish into COMPLIANT/UNIDENTIFIED: a person has to look, so it lifts the verdict to at
    // least REVIEW.
    for (Vendor other : conflicting(identification, vendor)) {
      out.review(rules.get(other.id()), "; conflicting evidence names " + display(other), "");
    }
    // The platform maker (e.g. H3C for an HPE Comware switch) is who built the equipment.
    for (Evidence platform : identification.platforms()) {
      VendorRule rule = rules.get(platform.vendor().id());
      if (rule != null && !platform.vendor().equals(vendor.orElse(null))) {
        out.review(rule, "; built on the platform of " + display(platform.vendor()), "");
      }
    }
    // Weak evidence alone never identifies a maker, but weak evidence of a listed maker on a device
    // nothing else identifies (e.g. Hytera's lwIP enterprise number 26381 and nothing more) must
    // not end as a quiet UNIDENTIFIED: a person has to look. The first such maker is named.
    if (vendor.isEmpty()) {
      for (Evidence e : identification.evidence()) {
        VendorRule rule = rules.get(e.vendor().id());
        if (rule != null
            && e.strength() == Strength.WEAK
            && out.status.severity() < AuditStatus.REVIEW.severity()) {
          out.review(
              rule, "; only weak evidence names " + display(e.vendor()), ": review the device");
        }
      }
    }
    return new Verdict(out.status, vendor, new ArrayList<>(out.advisories), out.reason.toString());
  }

  /** The verdict on the identified maker alone: UNIDENTIFIED, COMPLIANT, or its rule's status. */
  private Outcome identified(Optional<Vendor> vendor) {
    if (vendor.isEmpty()) {
      return new Outcome(AuditStatus.UNIDENTIFIED, "vendor not identified");
    }
    VendorRule rule = rules.get(vendor.get().id());
    if (rule == null) {
      return new Outcome(
          AuditStatus.COMPLIANT, display(vendor.get()) + " is not on the restricted-vendor list");
    }
    Outcome out =
        new Outcome(
            rule.status(),
            display(vendor.get()) + " is " + describe(rule) + "; scope: " + rule.scope());
    out.advisories.addAll(rule.advisories());
    return out;
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

    /** Lifts the status to at least REVIEW because of another maker's rule, and says why. */
    void review(VendorRule rule, String why, String after) {
      status = worse(status, AuditStatus.REVIEW);
      advisories.addAll(rule.advisories());
      reason.append(why).append(" (").append(describe(rule)).append(')').append(after);
    }
  }

  private List<Vendor> conflicting(Identification identification, Optional<Vendor> identified) {
    String identifiedId = identified.map(Vendor::id).orElse(null);
    // Sorted so the reason text is the same whatever Set implementation namedVendors() returns.
    return identification.namedVendors().stream()
        .filter(v -> !v.id().equals(identifiedId) && rules.containsKey(v.id()))
        .sorted(Comparator.comparing(Vendor::id))
        .collect(Collectors.toList());
  }

  private static String describe(VendorRule rule) {
    String ids = rule.advisories().stream().map(Advisory::id).collect(Collectors.joining(", "));
    if (rule.status() == AuditStatus.RESTRICTED) {
      return "restricted by " + ids;
    }
    return ids.isEmpty()
        ? "flagged for review (named by no advisory)"
        : "flagged for review under " + ids;
  }

  private static String display(Vendor vendor) {
    return vendor.name() == null || vendor.name().isBlank() ? vendor.id() : vendor.name();
  }

  private static AuditStatus worse(AuditStatus a, AuditStatus b) {
    return b.severity() > a.severity() ? b : a;
  }
}
