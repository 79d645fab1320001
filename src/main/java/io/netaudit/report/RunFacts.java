package io.netaudit.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report may show besides its rows: facts of the run (the HTML page shows them all). Maps
 * keep the caller's iteration order; null maps and strings become empty.
 *
 * @param counts targets per status, all statuses of the run, zeros included
 * @param targets how many targets were swept (the sum of counts when every target is counted)
 * @param elapsed human-readable duration of the run, e.g. "12.4 s"
 * @param dataDates data set -> date of the data used, e.g. "advisories" -> "2025-01-15"
 * @param advisoryUrls advisory id -> official URL; only http(s) URLs are linked
 * @param generatedAt when the report was made, e.g. an ISO-8601 instant
 * @param toolVersion e.g. "netaudit 0.1.0"
 * @param asOf the day deadlines and waivers were judged on (null: not given)
 * @param waiverNotes one line per waiver worth a reader's attention: stale ones (matched nothing)
 *     and expired ones that matched findings
 */
public record RunFacts(
    Map<AuditStatus, Long> counts,
    long targets,
    String elapsed,
    Map<String, String> dataDates,
    Map<String, String> advisoryUrls,
    String generatedAt,
    String toolVersion,
    java.time.LocalDate asOf,
    java.util.List<String> waiverNotes) {

  /** Facts of a run without deadline or waiver information. */
  public RunFacts(
      Map<AuditStatus, Long> counts,
      long targets,
      String elapsed,
      Map<String, String> dataDates,
      Map<String, String> advisoryUrls,
      String generatedAt,
      String toolVersion) {
    this(
        counts,
        targets,
        elapsed,
        dataDates,
        advisoryUrls,
        generatedAt,
        toolVersion,
        null,
        java.util.List.of());
  }

  public RunFacts {
    counts =
        counts == null || counts.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(counts));
    dataDates = copy(dataDates);
    advisoryUrls = copy(advisoryUrls);
    elapsed = Texts.orEmpty(elapsed);
    generatedAt = Texts.orEmpty(generatedAt);
    toolVersion = Texts.orEmpty(toolVersion);
    waiverNotes = waiverNotes == null ? java.util.List.of() : java.util.List.copyOf(waiverNotes);
  }

  private static <V> Map<String, V> copy(Map<String, V> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
