package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How verdicts word the advisories behind them. */
final class Wording {
  private Wording() {}

  /** The producer's advisories that reach equipment it produces for others. */
  static List<Advisory> producedFor(VendorRule producer) {
    return producer.advisories().stream()
        .filter(a -> a.coverage().producedForOthers())
        .collect(Collectors.toList());
  }

  /**
   * e.g. "US-NDAA-889, US-FCC-CL-2021 cover subsidiaries and affiliates; CZ-NUKIB-2018 covers
   * subsidiaries".
   */
  static String coverage(List<Advisory> advisories) {
    Map<String, List<String>> byReach = new LinkedHashMap<>();
    for (Advisory a : advisories) {
      byReach.computeIfAbsent(a.coverage().describe(), k -> new ArrayList<>()).add(a.id());
    }
    List<String> parts = new ArrayList<>();
    byReach.forEach(
        (reach, list) ->
            parts.add(
                String.join(", ", list)
                    + " "
                    + (list.size() == 1 ? reach : reach.replaceFirst("^covers", "cover"))));
    return String.join("; ", parts);
  }

  static String ids(List<Advisory> advisories) {
    return advisories.stream().map(Advisory::id).collect(Collectors.joining(", "));
  }

  /** The words for a maker's own rule, unchanged since the first version of the policy. */
  static String describe(VendorRule rule) {
    String ids = ids(rule.advisories());
    if (rule.status() == AuditStatus.RESTRICTED) {
      return "restricted by " + ids;
    }
    return ids.isEmpty()
        ? "flagged for review (named by no advisory)"
        : "flagged for review under " + ids;
  }
}
