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
 * data-kind="component">} and {@code <td class="vendor" data-maker-id="m3">}.
 */
final class HtmlFilters {
  /** The "findings" status option: RESTRICTED and REVIEW rows only. */
  static final String FINDINGS = "findings";

  private final List<AuditStatus> statuses;
  private final Map<RowKind, Integer> kinds;
  private final Map<String, Integer> makers;
  private final Map<String, String> makerIds = new HashMap<>();

  private HtmlFilters(
      List<AuditStatus> statuses, Map<RowKind, Integer> kinds, Map<String, Integer> makers) {
    this.statuses = statuses;
    this.kinds = kinds;
    this.makers = makers;
    int i = 0;
    for (String m : makers.keySet()) {
      makerIds.put(m, "m" + i++);
    }
  }

  /** The options the rows call for: only statuses, kinds and makers that occur. */
  static HtmlFilters of(List<ReportRow> rows) {
    Map<AuditStatus, Integer> byStatus = new EnumMap<>(AuditStatus.class);
    Map<RowKind, Integer> byKind = new EnumMap<>(RowKind.class);
    Map<String, Integer> byMaker = new HashMap<>();
    for (ReportRow r : rows) {
      byStatus.merge(r.finding().status(), 1, Integer::sum);
      byKind.merge(r.subject().kind(), 1, Integer::sum);
      byMaker.merge(maker(r), 1, Integer::sum);
    }
    List<AuditStatus> statuses = new ArrayList<>(byStatus.keySet());
    statuses.sort(AuditStatus.FINDINGS_FIRST);
    Map<String, Integer> makers = new LinkedHashMap<>();
    byMaker.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> makers.put(e.getKey(), e.getValue()));
    return new HtmlFilters(statuses, byKind, makers);
  }

  /** The maker a row is filed under: its vendor, or "(unknown maker)". */
  static String maker(ReportRow r) {
    String v = r.finding().vendor().strip();
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

  /** One rule per option: the rows it hides. */
  String css() {
    StringBuilder c = new StringBuilder();
    String rows = " #findings tbody tr";
    c.append(selected("f-status", FINDINGS))
        .append(rows)
        .append(":not([data-status=\"RESTRICTED\"]):not([data-status=\"REVIEW\"]){display:none}\n");
    for (AuditStatus s : statuses) {
      c.append(selected("f-status", s.name()))
          .append(rows)
          .append(":not([data-status=\"")
          .append(s.name())
          .append("\"]){display:none}\n");
    }
    for (RowKind k : kinds.keySet()) {
      c.append(selected("f-kind", k.label()))
          .append(rows)
          .append(":not(:has(>td[data-kind=\"")
          .append(k.label())
          .append("\"])){display:none}\n");
    }
    for (String id : makerIds.values()) {
      c.append(selected("f-maker", id))
          .append(rows)
          .append(":not(:has(>td[data-maker-id=\"")
          .append(id)
          .append("\"])){display:none}\n");
    }
    return c.toString();
  }

  private static String selected(String select, String value) {
    return "body:has(#" + select + " option[value=\"" + value + "\"]:checked)";
  }
}
