package io.netaudit.policy;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders the effective policy as plain text for compliance staff (not a machine format). */
final class PolicyPrinter {
  private final PrintWriter out;

  PolicyPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Policy policy) {
    print(policy.advisories(), policy.rules());
    printFamilies(policy);
    printOem(policy);
    printObligations(policy);
    printEffective(policy);
    out.flush();
  }

  private void printFamilies(Policy policy) {
    out.println();
    out.println("Corporate families (families.csv): " + policy.families().size() + " ties");
    for (FamilyLink l : policy.families()) {
      out.println(
          "  "
              + l.vendorId()
              + ": "
              + l.entity()
              + " — "
              + policy.name(l.parentId())
              + " "
              + l.relation().label()
              + (l.share().isEmpty() ? "" : " (" + l.share() + " %)")
              + l.since().map(d -> ", since " + d).orElse("")
              + l.until().map(d -> ", until " + d).orElse("")
              + " ["
              + l.reliability()
              + "] "
              + l.source());
    }
  }

  private void printOem(Policy policy) {
    out.println();
    out.println("OEM brands (oem-producers.csv): " + policy.oemBrands().size() + " rows");
    for (OemLink l : policy.oemBrands()) {
      out.println(
          "  "
              + l.brandId()
              + ": "
              + l.products()
              + " produced by "
              + policy.name(l.producerId())
              + " ["
              + l.reliability()
              + "] "
              + l.source());
    }
  }

  private void printObligations(Policy policy) {
    out.println();
    out.println(
        "Obligations and deadlines (obligations.csv)"
            + policy.asOfDate().map(d -> ", as of " + d).orElse("")
            + ":");
    for (Obligation o : policy.obligations()) {
      String state =
          policy
              .asOfDate()
              .flatMap(d -> o.deadline().map(x -> x.isBefore(d) ? " OVERDUE" : ""))
              .orElse("");
      out.println("  " + o.describe() + " [" + o.reliability() + "]" + state);
    }
  }

  private void printEffective(Policy policy) {
    out.println();
    out.println("Effective verdict per maker (a device identified as that maker alone):");
    for (java.util.Map.Entry<String, Verdict> e : policy.effective().entrySet()) {
      Verdict v = e.getValue();
      out.println(
          "  "
              + e.getKey()
              + ": "
              + v.status().name()
              + v.deadline()
                  .map(
                      d ->
                          " (deadline "
                              + d.deadline().orElseThrow()
                              + " "
                              + d.advisory().id()
                              + ")")
                  .orElse(""));
      out.println("    " + v.reason());
    }
  }

  void print(List<Advisory> advisories, List<VendorRule> rules) {
    out.println(
        "Restricted-vendor policy: "
            + rules.size()
            + " vendor rules, "
            + advisories.size()
            + " advisories");
    Set<Advisory> uncited = new LinkedHashSet<>(advisories);
    for (VendorRule rule : rules) {
      out.println();
      out.println(rule.vendorId() + ": " + rule.status().label());
      out.println("  scope: " + rule.scope());
      if (!rule.notes().isEmpty()) {
        out.println("  notes: " + rule.notes());
      }
      if (rule.advisories().isEmpty()) {
        out.println("  advisories: none (review flag only)");
      } else {
        out.println("  advisories:");
        for (Advisory advisory : rule.advisories()) {
          printAdvisory(advisory);
          uncited.remove(advisory);
        }
      }
    }
    // Listed so staff see that an advisory was considered, not forgotten, even though it names no
    // maker.
    if (!uncited.isEmpty()) {
      out.println();
      out.println("Advisories in force that no vendor rule cites:");
      uncited.forEach(this::printAdvisory);
    }
    out.flush();
  }

  private void printAdvisory(Advisory a) {
    out.println(
        "    - "
            + a.id()
            + " ("
            + a.date()
            + ", "
            + a.issuer()
            + ", "
            + a.jurisdiction()
            + "): "
            + a.title());
    out.println("      " + (a.url().isEmpty() ? "(no official URL confirmed)" : a.url()));
  }
}
