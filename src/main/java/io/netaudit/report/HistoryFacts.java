package io.netaudit.report;

import java.util.List;

/**
 * What a report shows from the audit history store besides its rows' history columns.
 *
 * @param trend runs in time order, of one site or several (the HTML trend chart; per site)
 * @param currentSite the site of the run being reported, whose counts the chart adds as its last
 *     bar (the run is not stored yet when its report is written); "" for a report made from the
 *     store alone (the estate report)
 * @param period what "removed" covers in the remediation section, e.g. "since 2025-01-01"
 * @param remediation removed and open RESTRICTED/REVIEW subjects; empty outside the estate report
 */
public record HistoryFacts(
    List<TrendPoint> trend, String currentSite, String period, List<RemediationItem> remediation) {
  /** No store: no trend, no remediation section. */
  public static final HistoryFacts NONE = new HistoryFacts(List.of(), "", "", List.of());

  public HistoryFacts {
    trend = trend == null ? List.of() : List.copyOf(trend);
    currentSite = Texts.orEmpty(currentSite);
    period = Texts.orEmpty(period);
    remediation = remediation == null ? List.of() : List.copyOf(remediation);
  }

  /** True when the estate report's remediation section is to be shown. */
  public boolean hasRemediation() {
    return !period.isEmpty();
  }
}
