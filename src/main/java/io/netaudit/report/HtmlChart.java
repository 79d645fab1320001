package io.netaudit.report;

import io.netaudit.text.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTML report's inline SVG charts: horizontal bars stacked by status, with a legend. The maker
 * chart ({@link #append}): rows that answered and endpoints per maker, one bar per maker, makers by
 * count (ties by name); beyond {@value #MAX_MAKERS} bars the smallest makers are folded into one
 * "(N other makers)" bar; each segment is {@code <rect data-maker=".." data-segment-status=".."
 * data-count="N">}. Silent addresses (NO_RESPONSE) are left out, so a sweep with --all-targets is
 * not one bar of "(unknown maker)": a caption says what is counted and how many silent addresses
 * the summary holds. Other charts ({@link HtmlTrendChart}) draw their own bars with {@link #draw},
 * keyed by their own data attribute.
 */
final class HtmlChart {
  private static final int MAX_MAKERS = 30;
  static final String NO_MAKER = "(unknown maker)";
  private static final int LABEL_WIDTH = 220;
  private static final int BAR_WIDTH = 640;
  private static final int ROW_HEIGHT = 26;
  private static final int LEGEND_HEIGHT = 30;

  private HtmlChart() {}

  /** One bar: a label (a maker, the folded rest, a run) and its rows per status. */
  record Bar(String maker, Map<AuditStatus, Integer> counts) {
    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  static void append(StringBuilder h, List<ReportRow> all) {
    append(h, all, Map.of());
  }

  /**
   * The maker chart of the rows and of the endpoints, given as counts per maker and status (a run
   * may hold a million endpoints: they are counted as they stream, never held).
   */
  static void append(
      StringBuilder h, List<ReportRow> all, Map<String, Map<AuditStatus, Long>> endpoints) {
    List<ReportRow> rows = new ArrayList<>();
    Map<RowKind, Integer> kinds = new EnumMap<>(RowKind.class);
    int silent = 0;
    for (ReportRow r : all) {
      if (r.finding().status() == AuditStatus.NO_RESPONSE) {
        silent++;
      } else {
        rows.add(r);
        kinds.merge(r.subject().kind(), 1, Integer::sum);
      }
    }
    long endpointCount = 0;
    for (Map<AuditStatus, Long> byStatus : endpoints.values()) {
      endpointCount += byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
    Chart chart =
        new Chart(
            "chart",
            "Makers and status of what answered",
            endpointCount == 0
                ? "Rows that answered per maker, stacked by status"
                : "Rows that answered and endpoints per maker, stacked by status",
            "maker",
            "no devices");
    open(h, chart);
    caption(h, kinds, silent, endpointCount);
    svg(h, chart, bars(rows, endpoints));
    h.append("</section>\n");
  }

  /**
   * What a chart is besides its bars.
   *
   * @param key the data attribute that names each bar and segment, e.g. {@code maker} for {@code
   *     data-maker=".."}
   */
  record Chart(String id, String heading, String title, String key, String empty) {}

  /** Draws one chart section: heading, legend of the statuses present, one stacked bar each. */
  static void draw(StringBuilder h, Chart chart, List<Bar> bars) {
    open(h, chart);
    svg(h, chart, bars);
    h.append("</section>\n");
  }

  private static void open(StringBuilder h, Chart chart) {
    h.append("<section id=\"")
        .append(chart.id())
        .append("\">\n<h2>")
        .append(Html.escape(chart.heading()))
        .append("</h2>\n");
  }

  private static void svg(StringBuilder h, Chart chart, List<Bar> bars) {
    Set<AuditStatus> present = EnumSet.noneOf(AuditStatus.class);
    bars.forEach(b -> present.addAll(b.counts().keySet()));
    List<AuditStatus> statuses = new ArrayList<>(present);
    statuses.sort(AuditStatus.FINDINGS_FIRST);
    int width = LABEL_WIDTH + BAR_WIDTH + 60;
    int height = LEGEND_HEIGHT + Math.max(1, bars.size()) * ROW_HEIGHT + 10;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
        .append(chart.id())
        .append("-title\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<title id=\"")
        .append(chart.id())
        .append("-title\">")
        .append(Html.escape(chart.title()))
        .append("</title>\n");
    legend(h, statuses);
    if (bars.isEmpty()) {
      h.append("<text x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(LEGEND_HEIGHT + 16)
          .append("\">")
          .append(Html.escape(chart.empty()))
          .append("</text>\n");
    }
    int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
    int y = LEGEND_HEIGHT;
    for (Bar bar : bars) {
      bar(h, chart.key(), bar, statuses, max, y);
      y += ROW_HEIGHT;
    }
    h.append("</svg>\n");
  }

  /** What the bars count: "Counted: 22 devices, 1 component. Not counted: 10 silent ...". */
  private static void caption(
      StringBuilder h, Map<RowKind, Integer> kinds, int silent, long endpoints) {
    h.append("<p class=\"caption\">Counted: ");
    if (kinds.isEmpty()) {
      h.append("nothing answered");
    }
    String sep = "";
    for (Map.Entry<RowKind, Integer> e : kinds.entrySet()) {
      h.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
      h.append(e.getValue() == 1 ? "" : "s");
      sep = ", ";
    }
    h.append(" (rows that answered).");
    if (endpoints > 0) {
      h.append(" Also counted: ")
          .append(endpoints)
          .append(endpoints == 1 ? " endpoint" : " endpoints")
          .append(" (MACs the audited switches and routers know, see Endpoints).");
    }
    if (silent > 0) {
      h.append(" Not counted: ")
          .append(silent)
          .append(silent == 1 ? " silent address" : " silent addresses")
          .append(" (NO_RESPONSE, see the summary).");
    }
    h.append("</p>\n");
  }

  /** Makers by total descending then name; the tail beyond MAX_MAKERS folded into one bar. */
  private static List<Bar> bars(
      List<ReportRow> rows, Map<String, Map<AuditStatus, Long>> endpoints) {
    Map<String, Map<AuditStatus, Integer>> byMaker = new LinkedHashMap<>();
    for (ReportRow r : rows) {
      String maker = HtmlFilters.maker(r);
      byMaker
          .computeIfAbsent(maker, k -> new EnumMap<>(AuditStatus.class))
          .merge(r.finding().status(), 1, Integer::sum);
    }
    endpoints.forEach(
        (maker, byStatus) ->
            byStatus.forEach(
                (status, n) ->
                    byMaker
                        .computeIfAbsent(maker, k -> new EnumMap<>(AuditStatus.class))
                        .merge(status, (int) Math.min(Integer.MAX_VALUE, n), Integer::sum)));
    List<Bar> bars = new ArrayList<>();
    byMaker.forEach((maker, counts) -> bars.add(new Bar(maker, counts)));
    bars.sort(Comparator.comparingInt((Bar b) -> -b.total()).thenComparing(Bar::maker));
    if (bars.size() <= MAX_MAKERS) {
      return bars;
    }
    Map<AuditStatus, Integer> rest = new EnumMap<>(AuditStatus.class);
    for (Bar b : bars.subList(MAX_MAKERS - 1, bars.size())) {
      b.counts().forEach((k, v) -> rest.merge(k, v, Integer::sum));
    }
    String label = "(" + (bars.size() - MAX_MAKERS + 1) + " other makers)";
    List<Bar> kept = new ArrayList<>(bars.subList(0, MAX_MAKERS - 1));
    kept.add(new Bar(label, rest));
    return kept;
  }

  private static void legend(StringBuilder h, List<AuditStatus> statuses) {
    int x = LABEL_WIDTH;
    for (AuditStatus status : statuses) {
      h.append("<rect x=\"")
          .append(x)
          .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
          .append(status.colour())
          .append("\"/><text x=\"")
          .append(x + 16)
          .append("\" y=\"16\">")
          .append(status.name())
          .append("</text>\n");
      x += 28 + 7 * status.name().length();
    }
  }

  private static void bar(
      StringBuilder h, String key, Bar bar, List<AuditStatus> statuses, int max, int y) {
    String m = Html.escape(bar.maker());
    h.append("<g class=\"bar\" data-")
        .append(key)
        .append("=\"")
        .append(m)
        .append("\">\n<text x=\"")
        .append(LABEL_WIDTH - 8)
        .append("\" y=\"")
        .append(y + 17)
        .append("\" text-anchor=\"end\">")
        .append(Html.escape(shorten(bar.maker(), 30)))
        .append("<title>")
        .append(m)
        .append("</title></text>\n");
    double at = LABEL_WIDTH;
    for (AuditStatus status : statuses) {
      int n = bar.counts().getOrDefault(status, 0);
      if (n == 0) {
        continue;
      }
      double w = max == 0 ? 0 : (double) BAR_WIDTH * n / max;
      h.append("<rect data-")
          .append(key)
          .append("=\"")
          .append(m)
          .append("\" data-segment-status=\"")
          .append(status.name())
          .append("\" data-count=\"")
          .append(n)
          .append("\" x=\"")
          .append(fmt(at))
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(fmt(w))
          .append("\" height=\"")
          .append(ROW_HEIGHT - 8)
          .append("\" fill=\"")
          .append(status.colour())
          .append("\"><title>")
          .append(m)
          .append(" \u2014 ")
          .append(status.name())
          .append(": ")
          .append(n)
          .append("</title></rect>\n");
      at += w;
    }
    h.append("<text x=\"")
        .append(fmt(at + 6))
        .append("\" y=\"")
        .append(y + 17)
        .append("\">")
        .append(bar.total())
        .append("</text>\n</g>\n");
  }

  private static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
