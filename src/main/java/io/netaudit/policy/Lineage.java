package io.netaudit.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A maker's tie to the top of its corporate family, through every link of {@code families.csv}
 * (Teltronic → Sepura → Hytera). The tie is as loose as its loosest link, began when the last link
 * began, ended when the first link ended, and is as reliable as its weakest fact.
 *
 * @param links the links from the maker upwards; never empty
 */
record Lineage(List<FamilyLink> links) {
  Lineage {
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a lineage has at least one link");
    }
  }

  FamilyLink first() {
    return links.get(0);
  }

  /** The maker at the top (whose policy rule is inherited). */
  String rootId() {
    return links.get(links.size() - 1).parentId();
  }

  Relation relation() {
    Relation r = Relation.SUBSIDIARY;
    for (FamilyLink l : links) {
      r = r.looser(l.relation());
    }
    return r;
  }

  Optional<FactDate> since() {
    return links.stream().flatMap(l -> l.since().stream()).max(FactDate::compareTo);
  }

  Optional<FactDate> until() {
    return links.stream().flatMap(l -> l.until().stream()).min(FactDate::compareTo);
  }

  boolean former() {
    return until().isPresent();
  }

  Reliability reliability() {
    Reliability r = Reliability.P;
    for (FamilyLink l : links) {
      r = r.weaker(l.reliability());
    }
    return r;
  }

  /**
   * The tie as a verdict states it, e.g. "Sepura plc — Hytera Communications subsidiary since
   * 2017-05-25 (urgentcomm.com 2017-05-25; P)", or for a chain "Teltronic S.A.U. — Hytera
   * Communications subsidiary through Sepura since 2017-05-25 (...)".
   */
  String describe(Function<String, String> names) {
    FamilyLink first = first();
    StringBuilder b =
        new StringBuilder(first.entity())
            .append(" — ")
            .append(names.apply(rootId()))
            .append(' ')
            .append(relation().label());
    if (links.size() > 1) {
      List<String> via = new ArrayList<>();
      for (int i = 0; i < links.size() - 1; i++) {
        via.add(names.apply(links.get(i).parentId()));
      }
      b.append(" through ").append(String.join(", ", via));
    }
    if (links.size() == 1 && !first.share().isEmpty()) {
      b.append(" (").append(first.share()).append(" %)");
    }
    Optional<FactDate> since = since();
    Optional<FactDate> until = until();
    if (since.isPresent() && until.isPresent()) {
      b.append(" from ").append(since.get()).append(" to ").append(until.get());
    } else if (since.isPresent()) {
      b.append(" since ").append(since.get());
    } else if (until.isPresent()) {
      b.append(" until ").append(until.get());
    }
    String sources =
        links.stream()
            .flatMap(l -> java.util.Arrays.stream(l.source().split(";\\s*")))
            .distinct()
            .collect(Collectors.joining("; "));
    return b.append(" (").append(sources).append("; ").append(reliability()).append(')').toString();
  }
}
