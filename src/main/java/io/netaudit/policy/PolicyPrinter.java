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
