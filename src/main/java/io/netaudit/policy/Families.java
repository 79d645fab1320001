package io.netaudit.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The corporate families of {@code families.csv}, each maker resolved to the top of its family. */
final class Families {
  private final List<FamilyLink> links;
  private final Map<String, Lineage> lineages;

  private Families(List<FamilyLink> links, Map<String, Lineage> lineages) {
    this.links = List.copyOf(links);
    this.lineages = Collections.unmodifiableMap(lineages);
  }

  static Families none() {
    return new Families(List.of(), Map.of());
  }

  /**
   * Resolves every link to the top of its chain.
   *
   * @param source the file's name, for the error when the links loop
   */
  static Families of(List<FamilyLink> links, String source) throws PolicyException {
    Map<String, FamilyLink> byMember = new HashMap<>();
    links.forEach(l -> byMember.put(l.vendorId(), l));
    Map<String, Lineage> lineages = new HashMap<>();
    for (FamilyLink start : links) {
      List<FamilyLink> chain = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (FamilyLink l = start; l != null; l = byMember.get(l.parentId())) {
        if (!seen.add(l.vendorId())) {
          throw PolicyException.inFile(
              source,
              "the family links loop: " + String.join(" -> ", seen) + " -> " + l.vendorId());
        }
        chain.add(l);
      }
      lineages.put(start.vendorId(), new Lineage(chain));
    }
    return new Families(links, lineages);
  }

  List<FamilyLink> links() {
    return links;
  }

  Optional<Lineage> lineage(String vendorId) {
    return Optional.ofNullable(lineages.get(vendorId));
  }

  /** Every maker with a family tie. */
  Set<String> members() {
    return lineages.keySet();
  }
}
