package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes each maker's {@link MakerPolicy} from the explicit rules, the families and the OEM rows.
 * The rules of inheritance (research notes §0, issue 12):
 *
 * <ul>
 *   <li>A current subsidiary or affiliate of a restricted maker is RESTRICTED by the parent's
 *       advisories that reach its kind of tie ({@link Coverage#reaches}), when the family facts and
 *       that reading of the advisory are labelled P or S; otherwise (C or UNVERIFIED facts, no
 *       advisory in force that reaches the tie, a parent flagged for review only) it is REVIEW.
 *   <li>A former subsidiary or affiliate is REVIEW with the window stated: equipment made while
 *       affiliated may be covered, and a device does not report when it was made.
 *   <li>An OEM brand of a listed producer is REVIEW on its own; the {@link Judge} makes the verdict
 *       follow the producer when a producer signal shows on the device.
 * </ul>
 */
final class MakerPolicies {
  private final Map<String, VendorRule> rules;
  private final Families families;
  private final Map<String, List<OemLink>> oemByBrand;
  private final Function<String, String> names;
  private final Map<String, MakerPolicy> byId = new LinkedHashMap<>();

  MakerPolicies(
      Map<String, VendorRule> rules,
      Families families,
      List<OemLink> oem,
      Function<String, String> names) {
    this.rules = Map.copyOf(rules);
    this.families = families;
    this.names = names;
    Map<String, List<OemLink>> brands = new LinkedHashMap<>();
    oem.forEach(l -> brands.computeIfAbsent(l.brandId(), k -> new ArrayList<>()).add(l));
    this.oemByBrand = brands;
    Set<String> ids = new TreeSet<>(rules.keySet());
    ids.addAll(families.members());
    ids.addAll(brands.keySet());
    for (String id : ids) {
      compute(id, Map.of()).ifPresent(p -> byId.put(id, p));
    }
  }

  Optional<MakerPolicy> of(String vendorId) {
    return Optional.ofNullable(byId.get(vendorId));
  }

  /** Every maker the policy has something to say about, by id. */
  Map<String, MakerPolicy> all() {
    return byId;
  }

  List<OemLink> oem(String brandId) {
    return oemByBrand.getOrDefault(brandId, List.of());
  }

  Optional<VendorRule> rule(String vendorId) {
    return Optional.ofNullable(rules.get(vendorId));
  }

  String name(String vendorId) {
    return names.apply(vendorId);
  }

  /**
   * The maker's policy as the device shows it: {@code producerSignals} maps an OEM producer's id to
   * the evidence of it on the device; for such a producer the brand's REVIEW gives way to the
   * producer's verdict ("produced by Dahua, sold as Amcrest").
   */
  Optional<MakerPolicy> of(String vendorId, Map<String, String> producerSignals) {
    return producerSignals.isEmpty() ? of(vendorId) : compute(vendorId, producerSignals);
  }

  private Optional<MakerPolicy> compute(String id, Map<String, String> producerSignals) {
    List<Part> parts = new ArrayList<>();
    VendorRule own = rules.get(id);
    if (own != null) {
      parts.add(
          new Part(
              own.status(),
              own.advisories(),
              Wording.describe(own),
              "scope: " + own.scope(),
              true));
    }
    families.lineage(id).flatMap(this::family).ifPresent(parts::add);
    for (OemLink link : oem(id)) {
      String signal = producerSignals.get(link.producerId());
      (signal == null ? brandAlone(link) : produced(link, signal)).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    int worst = parts.stream().mapToInt(p -> p.status.severity()).max().orElse(0);
    // The maker's own rule leads; else the first part with the worst status.
    Part lead =
        parts.get(0).own
            ? parts.get(0)
            : parts.stream().filter(p -> p.status.severity() == worst).findFirst().orElseThrow();
    Set<Advisory> advisories = new LinkedHashSet<>();
    StringBuilder reason = new StringBuilder("is ").append(lead.headline);
    reason.append(lead.own ? "; " : ": ").append(lead.detail);
    advisories.addAll(lead.advisories);
    for (Part p : parts) {
      if (p != lead) {
        reason.append("; ").append(p.headline).append(": ").append(p.detail);
        advisories.addAll(p.advisories);
      }
    }
    AuditStatus status =
        worst == AuditStatus.RESTRICTED.severity() ? AuditStatus.RESTRICTED : AuditStatus.REVIEW;
    return Optional.of(
        new MakerPolicy(id, status, new ArrayList<>(advisories), lead.headline, reason.toString()));
  }

  /** One reason a maker is listed. */
  private record Part(
      AuditStatus status, List<Advisory> advisories, String headline, String detail, boolean own) {}

  /** What a maker inherits through its family tie, if its family's top is listed. */
  private Optional<Part> family(Lineage lineage) {
    VendorRule top = rules.get(lineage.rootId());
    if (top == null) {
      return Optional.empty();
    }
    String parent = names.apply(lineage.rootId());
    Relation relation = lineage.relation();
    List<Advisory> reaching =
        top.advisories().stream()
            .filter(a -> a.coverage().reaches(relation))
            .collect(Collectors.toList());
    String tie = lineage.describe(names);
    if (lineage.former()) {
      String may =
          reaching.isEmpty()
              ? "; no advisory in force reaches a " + relation.label()
              : "; equipment made while tied may be covered: " + Wording.coverage(reaching);
      return Optional.of(
          new Part(
              AuditStatus.REVIEW,
              List.of(),
              "flagged for review as a former " + parent + " " + relation.label(),
              tie + may + "; a device does not report when it was made",
              false));
    }
    List<Advisory> firm =
        reaching.stream()
            .filter(a -> a.coverage().reliability().mayRestrict())
            .collect(Collectors.toList());
    if (top.status() == AuditStatus.RESTRICTED
        && !firm.isEmpty()
        && lineage.reliability().mayRestrict()) {
      return Optional.of(
          new Part(
              AuditStatus.RESTRICTED,
              firm,
              "restricted by " + Wording.ids(firm) + " as a " + parent + " " + relation.label(),
              tie + "; " + Wording.coverage(firm) + "; scope: " + top.scope(),
              false));
    }
    String why = whyOnlyReview(top, parent, lineage, reaching);
    return Optional.of(
        new Part(
            AuditStatus.REVIEW,
            reaching,
            "flagged for review as a " + parent + " " + relation.label(),
            tie + "; " + why,
            false));
  }

  /** Why a current family tie to a listed maker makes REVIEW, not RESTRICTED. */
  private static String whyOnlyReview(
      VendorRule top, String parent, Lineage lineage, List<Advisory> reaching) {
    Relation relation = lineage.relation();
    if (top.status() != AuditStatus.RESTRICTED) {
      return parent + " itself is " + Wording.describe(top);
    }
    if (reaching.isEmpty()) {
      return "no advisory in force reaches a " + relation.label() + " of " + parent;
    }
    if (!lineage.reliability().mayRestrict()) {
      return "the tie is labelled "
          + lineage.reliability()
          + ", which makes REVIEW at most; if confirmed: "
          + Wording.coverage(reaching);
    }
    return "only a C or UNVERIFIED reading of " + Wording.ids(reaching) + " reaches it";
  }

  /** An OEM brand seen without any signal of its producer: REVIEW. */
  private Optional<Part> brandAlone(OemLink link) {
    VendorRule producer = rules.get(link.producerId());
    if (producer == null) {
      return Optional.empty();
    }
    String name = names.apply(link.producerId());
    List<Advisory> reaching = Wording.producedFor(producer);
    return Optional.of(
        new Part(
            AuditStatus.REVIEW,
            reaching,
            "flagged for review as an OEM brand of " + name,
            "sells "
                + link.products()
                + " produced by "
                + name
                + " ("
                + link.source()
                + "; "
                + link.reliability()
                + "); no "
                + name
                + " signal on this device"
                + (reaching.isEmpty()
                    ? ""
                    : ": " + Wording.ids(reaching) + " cover equipment produced by " + name),
            false));
  }

  /** An OEM brand whose producer shows on the device: the verdict follows the producer. */
  private Optional<Part> produced(OemLink link, String signal) {
    VendorRule producer = rules.get(link.producerId());
    if (producer == null) {
      return Optional.empty();
    }
    String name = names.apply(link.producerId());
    List<Advisory> reaching = Wording.producedFor(producer);
    List<Advisory> firm =
        reaching.stream()
            .filter(a -> a.coverage().reliability().mayRestrict())
            .collect(Collectors.toList());
    String what =
        "produced by "
            + name
            + ", sold as "
            + names.apply(link.brandId())
            + " (on the device: "
            + signal
            + "; OEM report: "
            + link.source()
            + "; "
            + link.reliability()
            + ")";
    if (producer.status() == AuditStatus.RESTRICTED && !firm.isEmpty()) {
      return Optional.of(
          new Part(
              AuditStatus.RESTRICTED,
              firm,
              "restricted by " + Wording.ids(firm) + " as equipment produced by " + name,
              what
                  + "; "
                  + Wording.ids(firm)
                  + " cover equipment produced by "
                  + name
                  + " whatever the label; scope: "
                  + producer.scope(),
              false));
    }
    return Optional.of(
        new Part(
            AuditStatus.REVIEW,
            reaching,
            "flagged for review as equipment produced by " + name,
            what
                + (reaching.isEmpty()
                    ? "; no advisory in force reaches equipment " + name + " produces for others"
                    : "; only a C or UNVERIFIED reading of "
                        + Wording.ids(reaching)
                        + " reaches it"),
            false));
  }
}
