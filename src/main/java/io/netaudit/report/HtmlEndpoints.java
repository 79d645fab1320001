package io.netaudit.report;

import io.netaudit.text.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report's endpoints section (MACs the audited switches and routers know): the count per
 * maker and status, then the RESTRICTED and REVIEW endpoints, each with the switch and port it sits
 * behind, so that a person can walk to the socket. The endpoint rows are streamed once; beyond
 * {@value #LISTED} findings the rest are counted only (the CSV and JSON Lines reports list every
 * endpoint). With a history store the listed endpoints show their site, first and last seen. Hooks:
 * {@code <tr data-endpoint-maker=".."} per maker, {@code <tr data-endpoint-status="STATUS">} per
 * listed endpoint, with {@code <td data-kind="endpoint">} and {@code <td data-maker-id>} for the
 * page's filters ({@link HtmlFilters}). The counts per maker also feed the maker chart ({@link
 * HtmlChart}) and the filters' options ({@link #byMaker}).
 */
final class HtmlEndpoints {
  /** Findings listed one per row at most. */
  static final int LISTED = 65_536;

  private static final String NO_MAKER = "(no registry owner)";
  private static final List<AuditStatus> STATUSES =
      List.of(
          AuditStatus.RESTRICTED,
          AuditStatus.REVIEW,
          AuditStatus.COMPLIANT,
          AuditStatus.UNIDENTIFIED);

  private final long size;

  /** Per vendor cell ("" for none) and status. */
  private final Map<String, Map<AuditStatus, Long>> perVendor;

  private final List<ReportRow> findings;
  private final long unlisted;

  private HtmlEndpoints(
      long size,
      Map<String, Map<AuditStatus, Long>> perVendor,
      List<ReportRow> findings,
      long unlisted) {
    this.size = size;
    this.perVendor = perVendor;
    this.findings = findings;
    this.unlisted = unlisted;
  }

  /**
   * Streams the endpoint rows once: the counts per maker and status (for this section, the maker
   * chart and the filters) and the findings to list.
   */
  static HtmlEndpoints read(ReportRows endpoints) {
    Map<String, Map<AuditStatus, Long>> perVendor = new HashMap<>();
    List<ReportRow> findings = new ArrayList<>();
    long unlisted = 0;
    if (endpoints.size() > 0) {
      try (ReportRows.Cursor c = endpoints.open()) {
        while (c.hasNext()) {
          ReportRow r = c.next();
          AuditStatus s = r.finding().status();
          perVendor
              .computeIfAbsent(r.finding().vendor().strip(), m -> new EnumMap<>(AuditStatus.class))
              .merge(s, 1L, Long::sum);
          if (s == AuditStatus.RESTRICTED || s == AuditStatus.REVIEW) {
            if (findings.size() < LISTED) {
              findings.add(r);
            } else {
              unlisted++;
            }
          }
        }
      }
    }
    findings.sort(Comparator.comparing(r -> r.finding().status(), AuditStatus.FINDINGS_FIRST));
    return new HtmlEndpoints(endpoints.size(), perVendor, findings, unlisted);
  }

  /** The endpoints per maker as the maker chart and the filters name makers, and status. */
  Map<String, Map<AuditStatus, Long>> byMaker() {
    Map<String, Map<AuditStatus, Long>> out = new HashMap<>();
    perVendor.forEach(
        (vendor, counts) ->
            counts.forEach(
                (s, n) ->
                    out.computeIfAbsent(
                            HtmlFilters.maker(vendor), m -> new EnumMap<>(AuditStatus.class))
                        .merge(s, n, Long::sum)));
    return out;
  }

  /** The section; nothing when the run has no endpoints. */
  void append(StringBuilder h, Map<String, String> advisoryUrls, HtmlFilters filters) {
    if (size == 0) {
      return;
    }
    Map<String, Map<AuditStatus, Long>> perMaker = new HashMap<>();
    perVendor.forEach(
        (vendor, counts) -> perMaker.put(vendor.isEmpty() ? NO_MAKER : vendor, counts));
    h.append("<section id=\"endpoints\">\n<h2>Endpoints</h2>\n<p>")
        .append(size)
        .append(
            " MAC addresses that the audited switches and routers know (forwarding and ARP tables) and"
                + " that belong to no audited device. A maker named only by its MAC's IEEE registrant is"
                + " REVIEW: check the device at its port.</p>\n");
    makers(h, perMaker);
    table(h, findings, advisoryUrls, filters);
    if (unlisted > 0) {
      h.append("<p>")
          .append(unlisted)
          .append(" more findings are in the CSV and JSON Lines reports.</p>\n");
    }
    h.append("</section>\n");
  }

  private static void makers(StringBuilder h, Map<String, Map<AuditStatus, Long>> perMaker) {
    List<Map.Entry<String, Map<AuditStatus, Long>>> sorted = new ArrayList<>(perMaker.entrySet());
    sorted.sort(
        Comparator.comparingLong(
                (Map.Entry<String, Map<AuditStatus, Long>> e) -> -flagged(e.getValue()))
            .thenComparingLong(e -> -total(e.getValue()))
            .thenComparing(Map.Entry::getKey));
    h.append(
        "<table class=\"endpoint-makers\">\n<caption>Endpoints per maker</caption>\n<thead><tr>"
            + "<th>Maker</th><th>Total</th>");
    for (AuditStatus s : STATUSES) {
      h.append("<th>").append(s.name()).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Map<AuditStatus, Long>> e : sorted) {
      h.append("<tr data-endpoint-maker=\"")
          .append(Html.escape(e.getKey()))
          .append("\"><td>")
          .append(Html.escape(e.getKey()))
          .append("</td><td>")
          .append(total(e.getValue()))
          .append("</td>");
      for (AuditStatus s : STATUSES) {
        h.append("<td>").append(e.getValue().getOrDefault(s, 0L)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void table(
      StringBuilder h, List<ReportRow> rows, Map<String, String> urls, HtmlFilters filters) {
    if (rows.isEmpty()) {
      h.append("<p>No endpoint is RESTRICTED or REVIEW.</p>\n");
      return;
    }
    // From the history store (as the findings table): where and since when.
    boolean history = rows.stream().anyMatch(r -> !r.history().site().isEmpty());
    h.append(
            "<table id=\"endpoint-findings\" class=\"findings endpoint-findings\">\n<caption>Restricted and review endpoints,"
                + " where they sit</caption>\n<thead><tr><th>MAC</th><th>Status</th><th>Vendor</th>"
                + "<th>Switch</th><th>Port</th><th>VLAN</th><th>IP</th><th>Advisories</th>"
                + "<th>Evidence</th>")
        .append(history ? "<th>Site</th><th>First seen</th><th>Last seen</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (ReportRow r : rows) {
      AuditStatus status = r.finding().status();
      h.append("<tr data-endpoint-status=\"").append(status.name()).append("\">");
      h.append("<td class=\"addr\">")
          .append(Html.escape(ReportColumn.MAC.text(r)))
          .append(
              "</td><td class=\"status\" data-kind=\"endpoint\"><span class=\"badge\""
                  + " style=\"background:")
          .append(status.colour())
          .append("\">")
          .append(status.name())
          .append("</span></td>");
      h.append("<td class=\"vendor\" data-maker-id=\"")
          .append(filters.makerId(r))
          .append("\">")
          .append(Html.escape(r.finding().vendor()))
          .append("</td>");
      h.append("<td class=\"addr\">")
          .append(Html.escape(ReportColumn.SEEN_BY.text(r)))
          .append("</td>");
      cell(h, ReportColumn.PORT.text(r));
      cell(h, ReportColumn.VLAN.text(r));
      h.append("<td class=\"addr\">")
          .append(Html.escape(ReportColumn.ADDRESS.text(r)))
          .append("</td>");
      h.append("<td class=\"advisories\">");
      HtmlFindings.advisories(h, r.finding().advisories(), urls);
      h.append("</td><td class=\"evidence\">");
      HtmlFindings.evidence(h, r.finding().evidence());
      h.append("</td>");
      if (history) {
        cell(h, r.history().site());
        cell(h, ReportColumn.FIRST_SEEN.text(r));
        cell(h, ReportColumn.LAST_SEEN.text(r));
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void cell(StringBuilder h, String value) {
    h.append("<td>").append(Html.escape(value)).append("</td>");
  }

  private static long flagged(Map<AuditStatus, Long> byStatus) {
    return byStatus.getOrDefault(AuditStatus.RESTRICTED, 0L)
        + byStatus.getOrDefault(AuditStatus.REVIEW, 0L);
  }

  private static long total(Map<AuditStatus, Long> byStatus) {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }
}
