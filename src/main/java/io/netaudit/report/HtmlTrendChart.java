package io.netaudit.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend from the history store: one chart per site, one bar per run (oldest at the top), its
 * report rows stacked by status, drawn by {@link HtmlChart#draw} like the maker chart. A scan's own
 * run is not stored yet when its page is written: its bar ("this run") is counted from the page's
 * rows, its endpoint rows included (the store counts them too). Silent targets are not rows of the
 * trend. Each segment is {@code <rect data-run="SITE RUN-START" data-segment-status=".."
 * data-count="N">}.
 */
final class HtmlTrendChart {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private HtmlTrendChart() {}

  /**
   * @param endpoints the page's endpoint rows counted per maker and status ({@code
   *     HtmlEndpoints.byMaker})
   */
  static void append(
      StringBuilder h,
      HistoryFacts history,
      List<ReportRow> rows,
      Map<String, Map<AuditStatus, Long>> endpoints) {
    Map<String, List<HtmlChart.Bar>> bySite = new LinkedHashMap<>();
    for (TrendPoint p : history.trend()) {
      bySite
          .computeIfAbsent(p.site(), k -> new ArrayList<>())
          .add(new HtmlChart.Bar(p.site() + " " + WHEN.format(p.started()), ints(p.rows())));
    }
    if (!history.currentSite().isEmpty()) {
      bySite
          .computeIfAbsent(history.currentSite(), k -> new ArrayList<>())
          .add(new HtmlChart.Bar(history.currentSite() + " this run", thisRun(rows, endpoints)));
    }
    int n = 0;
    for (Map.Entry<String, List<HtmlChart.Bar>> site : bySite.entrySet()) {
      n++;
      HtmlChart.draw(
          h,
          new HtmlChart.Chart(
              "trend-" + n,
              "Trend, site " + site.getKey() + ": rows per status, run by run (UTC)",
              "Report rows per status per run of site " + site.getKey(),
              "run",
              "no runs"),
          site.getValue());
    }
  }

  private static Map<AuditStatus, Integer> ints(Map<AuditStatus, Long> counts) {
    Map<AuditStatus, Integer> out = new EnumMap<>(AuditStatus.class);
    counts.forEach(
        (s, v) -> {
          if (v > 0 && s != AuditStatus.NO_RESPONSE) {
            out.put(s, (int) Math.min(Integer.MAX_VALUE, v));
          }
        });
    return out;
  }

  /** The page's rows and endpoint rows per status, as the store will count the run's rows. */
  private static Map<AuditStatus, Integer> thisRun(
      List<ReportRow> rows, Map<String, Map<AuditStatus, Long>> endpoints) {
    Map<AuditStatus, Integer> out = new EnumMap<>(AuditStatus.class);
    for (ReportRow r : rows) {
      if (r.finding().status() != AuditStatus.NO_RESPONSE) {
        out.merge(r.finding().status(), 1, Integer::sum);
      }
    }
    endpoints
        .values()
        .forEach(
            byStatus -> byStatus.forEach((st, n) -> out.merge(st, n.intValue(), Integer::sum)));
    return out;
  }
}
