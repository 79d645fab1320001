package io.netaudit.identify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

// Minimal stand-in so feat-policy compiles; the identify branch owns this type and supersedes it at merge.
public record Identification(
    Optional<Vendor> vendor,
    Confidence confidence,
    List<Evidence> evidence,
    List<String> conflicts,
    List<String> notes) {

  /** every vendor named by any DEFINITIVE evidence, plus the identified vendor */
  public Set<Vendor> namedVendors() {
    Set<Vendor> named = new LinkedHashSet<>();
    vendor.ifPresent(named::add);
    for (Evidence e : evidence) {
      if (e.strength() == Strength.DEFINITIVE && e.vendor() != null) {
        named.add(e.vendor());
      }
    }
    return named;
  }
}
