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
    AuditStatus status;
    StringBuilder reason = new StringBuilder();
    Set<Advisory> advisories = new LinkedHashSet<>();

    if (vendor.isEmpty()) {
      status = AuditStatus.UNIDENTIFIED;
      reason.append("vendor not identified");
    } else {
      VendorRule rule = rules.get(vendor.get().id());
      if (rule == null) {
        status = AuditStatus.COMPLIANT;
        reason.append(display(vendor.get())).append(" is not on the restricted-vendor list");
      } else {
        status = rule.status();
        advisories.addAll(rule.advisories());
        reason
            .append(display(vendor.get()))
            .append(" is ")
            .append(describe(rule))
            .append("; scope: ")
            .append(rule.scope());
      }
    }

    // A definitive signal for a listed maker that the identification did not settle on must not
    // vanish into
    // COMPLIANT/UNIDENTIFIED: a person has to look, so it lifts the verdict to at least REVIEW.
    for (Vendor other : conflicting(identification, vendor)) {
      VendorRule rule = rules.get(other.id());
      status = worse(status, AuditStatus.REVIEW);
      advisories.addAll(rule.advisories());
      reason
          .append("; conflicting evidence names ")
          .append(display(other))
          .append(" (")
          .append(describe(rule))
          .append(')');
    }
    // The platform maker (e.g. H3C for an HPE Comware switch) is who built the equipment.
    for (Evidence platform : identification.platforms()) {
      VendorRule rule = rules.get(platform.vendor().id());
      if (rule != null && !platform.vendor().equals(vendor.orElse(null))) {
        status = worse(status, AuditStatus.REVIEW);
        advisories.addAll(rule.advisories());
        reason
            .append("; built on the platform of ")
            .append(display(platform.vendor()))
            .append(" (")
            .append(describe(rule))
            .append(')');
      }
    }
    // Weak evidence alone never identifies a maker, but weak evidence of a listed maker on a device
    // nothing else identifies (e.g. Hytera's lwIP enterprise number 26381 and nothing more) must
    // not
    // end as a quiet UNIDENTIFIED: a person has to look.
    if (vendor.isEmpty()) {
      for (Evidence e : identification.evidence()) {
        VendorRule rule = rules.get(e.vendor().id());
        if (rule != null
            && e.strength() == Strength.WEAK
            && status.severity() < AuditStatus.REVIEW.severity()) {
          status = AuditStatus.REVIEW;
          advisories.addAll(rule.advisories());
          reason
              .append("; only weak evidence names ")
              .append(display(e.vendor()))
              .append(" (")
              .append(describe(rule))
              .append("): review the device");
        }
      }
    }
    return new Verdict(status, vendor, new ArrayList<>(advisories), reason.toString());
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
