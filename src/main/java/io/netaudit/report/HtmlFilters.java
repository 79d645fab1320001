package io.netaudit.report;

import io.netaudit.text.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings table's filters, without JavaScript (the page's Content-Security-Policy forbids
 * scripts): three {@code <select>}s (status, row kind, maker) and, for each option, one CSS rule
 * that hides the rows it excludes, e.g. {@code body:has(#f-status
 * option[value="RESTRICTED"]:checked) #findings tbody tr:not([data-status="RESTRICTED"])}. The
 * filters combine (each hides its own rows). The rules hold only enum names and generated maker
 * ids, never device text. Browsers without CSS {@code :has()} (before 2023) show every row.
 *
 * <p>Each row carries the hooks: {@code <tr data-status>}, {@code <td class="kind"
 * data-kind="component">} and {@code <td class="vendor" data-maker-id="m3">}. The endpoints
 * section's listed endpoints ({@code #endpoint-findings}) are filtered by the same controls: their
 * rows carry {@code <tr data-endpoint-status>}, {@code <td class="status" data-kind="endpoint">}
 * and the same maker ids; the options count the endpoints too.
 */
final class HtmlFilters {
  /** The "findings" status option: RESTRICTED and REVIEW rows only. */
  static final String FINDINGS = "findings";

  private final List<AuditStatus> statuses;
  private final Map<RowKind, Long> kinds;
  private final Map<String, Long> makers;
  private final Map<String, String> makerIds = new HashMap<>();
  private final boolean endpoints;

  private HtmlFilters(
      List<AuditStatus> statuses,
      Map<RowKind, Long> kinds,
      Map<String, Long> makers,
      boolean endpoints) {
    this.statuses = statuses;
    this.kinds = kinds;
    this.makers = makers;
    this.endpoints = endpoints;
    int i = 0;
    for (String m : makers.keySet()) {
      makerIds.put(m, "m" + i++);
    }
  }

  /** The options the rows call for: only statuses, kinds and makers that occur. */
  static HtmlFilters of(List<ReportRow> rows) {
    return of(rows, Map.of());
  }

  /**
   * The options the rows and the endpoints call for; the endpoints given as counts per maker (as
   * {@link #maker(String)} names it) and status, as {@link HtmlEndpoints} streamed them.
   */
  static HtmlFilters of(List<ReportRow> rows, Map<String, Map<AuditStatus, Long>> endpoints) {
    Map<AuditStatus, Long> byStatus = new EnumMap<>(AuditStatus.class);
    Map<RowKind, Long> byKind = new EnumMap<>(RowKind.class);
    Map<String, Long> byMaker = new HashMap<>();
    for (ReportRow r : rows) {
      byStatus.merge(r.finding().status(), 1L, Long::sum);
      byKind.merge(r.subject().kind(), 1L, Long::sum);
      byMaker.merge(maker(r), 1L, Long::sum);
    }
    endpoints.forEach(
        (maker, counts) ->
            counts.forEach(
                (status, n) -> {
                  byStatus.merge(status, n, Long::sum);
                  byKind.merge(RowKind.ENDPOINT, n, Long::sum);
                  byMaker.merge(maker, n, Long::sum);
                }));
    List<AuditStatus> statuses = new ArrayList<>(byStatus.keySet());
    statuses.sort(AuditStatus.FINDINGS_FIRST);
    Map<String, Long> makers = new LinkedHashMap<>();
    byMaker.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> makers.put(e.getKey(), e.getValue()));
    return new HtmlFilters(statuses, byKind, makers, !endpoints.isEmpty());
  }

  /** The maker a row is filed under: its vendor, or "(unknown maker)". */
  static String maker(ReportRow r) {
    return maker(r.finding().vendor());
  }

  /** The maker a vendor cell is filed under: itself, or "(unknown maker)" when empty. */
  static String maker(String vendor) {
    String v = vendor.strip();
    return v.isEmpty() ? HtmlChart.NO_MAKER : v;
  }

  String makerId(ReportRow r) {
    return makerIds.get(maker(r));
  }

  /** The controls, above the table. */
  void appendControls(StringBuilder h) {
    h.append("<form class=\"filters\" aria-label=\"Filter the findings\">\n")
        .append("<label>Status <select id=\"f-status\"><option value=\"\">all</option>")
        .append("<option value=\"")
        .append(FINDINGS)
        .append("\">RESTRICTED and REVIEW</option>");
    for (AuditStatus s : statuses) {
      option(h, s.name(), s.name());
    }
    h.append(
        "</select></label>\n<label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
    kinds.forEach((k, n) -> option(h, k.label(), k.label() + " (" + n + ")"));
    h.append(
        "</select></label>\n<label>Maker <select id=\"f-maker\"><option value=\"\">all</option>");
    makers.forEach((m, n) -> option(h, makerIds.get(m), m + " (" + n + ")"));
    h.append("</select></label>\n</form>\n");
  }

  private static void option(StringBuilder h, String value, String text) {
    h.append("<option value=\"")
        .append(Html.escape(value))
        .append("\">")
        .append(Html.escape(text))
        .append("</option>");
  }

  /**
   * One rule per option: the rows it hides, in the findings table and (when there are endpoints) in
   * the endpoints section's table of listed endpoints, whose rows carry {@code
   * data-endpoint-status} instead of {@code data-status}.
   */
  String css() {
    StringBuilder c = new StringBuilder();
    hide(
        c,
        selected("f-status", FINDINGS),
        ":not([data-status=\"RESTRICTED\"]):not([data-status=\"REVIEW\"])",
        ":not([data-endpoint-status=\"RESTRICTED\"]):not([data-endpoint-status=\"REVIEW\"])");
    for (AuditStatus s : statuses) {
      hide(
          c,
          selected("f-status", s.name()),
          ":not([data-status=\"" + s.name() + "\"])",
          ":not([data-endpoint-status=\"" + s.name() + "\"])");
    }
    for (RowKind k : kinds.keySet()) {
      String not = ":not(:has(>td[data-kind=\"" + k.label() + "\"]))";
      hide(c, selected("f-kind", k.label()), not, not);
    }
    for (String id : makerIds.values()) {
      String not = ":not(:has(>td[data-maker-id=\"" + id + "\"]))";
      hide(c, selected("f-maker", id), not, not);
    }
    return c.toString();
  }

  /** A rule hiding the findings rows (and the listed endpoints') that do not match. */
  private void hide(StringBuilder c, String when, String findingsNot, String endpointsNot) {
    c.append(when).append(" #findings tbody tr").append(findingsNot);
    if (endpoints) {
      c.append(",\n").append(when).append(" #endpoint-findings tbody tr").append(endpointsNot);
    }
    c.append("{display:none}\n");
  }

  private static String selected(String select, String value) {
    return "body:has(#" + select + " option[value=\"" + value + "\"]:checked)";
  }
}
