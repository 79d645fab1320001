package io.netaudit.report;

import io.netaudit.text.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report's findings table: one {@code <tr data-status="STATUS">} per row, evidence items
 * as a list, advisory ids linked to their official URL when one is known.
 */
final class HtmlFindings {
  private HtmlFindings() {}

  static void append(StringBuilder h, List<ReportRow> rows, Map<String, String> advisoryUrls) {
    append(h, rows, advisoryUrls, null);
  }

  /**
   * @param asOf the day deadlines are judged on: a row whose deadline has passed is marked {@code
   *     <tr data-overdue="true">}; null marks none
   */
  static void append(
      StringBuilder h, List<ReportRow> rows, Map<String, String> advisoryUrls, LocalDate asOf) {
    // Rows from the history store say where and since when; a page without a store stays as it was.
    boolean history = rows.stream().anyMatch(r -> !r.history().site().isEmpty());
    h.append(
            "<section id=\"findings\">\n<h2>Findings</h2>\n<table class=\"findings\">\n<thead><tr>")
        .append(
            "<th>Address</th><th>Status</th><th>Vendor</th><th>Model</th><th>Firmware</th><th>Advisories</th>")
        .append(
            "<th>Confidence</th><th>Evidence</th><th>sysName</th><th>sysLocation</th><th>sysDescr</th>")
        .append(
            "<th>sysObjectID</th><th>SNMP</th><th>Polled at</th><th>Detail</th>"
                + "<th>Deadline</th><th>Waiver</th>")
        .append(history ? "<th>Site</th><th>First seen</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (ReportRow r : rows) {
      row(h, r, advisoryUrls, asOf, history);
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(
      StringBuilder h,
      ReportRow r,
      Map<String, String> advisoryUrls,
      LocalDate asOf,
      boolean history) {
    AuditStatus status = r.finding().status();
    boolean overdue = r.compliance().overdueOn(asOf);
    h.append("<tr data-status=\"")
        .append(status.name())
        .append(overdue ? "\" data-overdue=\"true\">" : "\">")
        .append("<td class=\"addr\">")
        .append(Html.escape(r.address().getHostAddress()))
        .append("</td>")
        .append("<td class=\"status\"><span class=\"badge\" style=\"background:")
        .append(status.colour())
        .append("\">")
        .append(status.name())
        .append("</span></td>");
    cell(h, r.finding().vendor());
    cell(h, r.device().model());
    cell(h, r.device().firmware());
    h.append("<td class=\"advisories\">");
    advisories(h, r.finding().advisories(), advisoryUrls);
    h.append("</td><td>")
        .append(Html.escape(r.finding().confidence()))
        .append("</td><td class=\"evidence\">");
    evidence(h, r.finding().evidence());
    h.append("</td>");
    cell(h, r.device().sysName());
    cell(h, r.device().sysLocation());
    h.append("<td class=\"descr\">").append(Html.escape(r.device().sysDescr())).append("</td>");
    cell(h, r.device().sysObjectId());
    cell(h, r.poll().snmpVersion());
    cell(h, ReportColumn.POLLED_AT.text(r));
    cell(h, r.poll().detail());
    ComplianceFacts c = r.compliance();
    h.append("<td class=\"deadline\">");
    if (c.deadline() != null) {
      h.append(Html.escape(c.deadline() + " " + c.deadlineAdvisory()));
      if (overdue) {
        h.append(" (overdue)");
      }
    }
    h.append("</td>");
    cell(
        h,
        c.waiver().isEmpty()
            ? ""
            : c.waiver() + " (" + c.waiverState() + ", expires " + c.waiverExpires() + ")");
    if (history) {
      cell(h, r.history().site());
      cell(h, ReportColumn.FIRST_SEEN.text(r));
    }
    h.append("</tr>\n");
  }

  private static void cell(StringBuilder h, String value) {
    h.append("<td>").append(Html.escape(value)).append("</td>");
  }

  private static void advisories(StringBuilder h, List<String> ids, Map<String, String> urls) {
    boolean first = true;
    for (String id : ids) {
      if (!first) {
        h.append(' ');
      }
      first = false;
      String url = urls.get(id);
      if (url != null && isWebUrl(url)) {
        h.append("<a href=\"")
            .append(Html.escape(url.strip()))
            .append("\" rel=\"noopener noreferrer\">")
            .append(Html.escape(id))
            .append("</a>");
      } else {
        h.append(Html.escape(id));
      }
    }
  }

  /** One list item per evidence item: device text inside an item never splits it. */
  private static void evidence(StringBuilder h, List<EvidenceItem> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<ul>");
    for (EvidenceItem item : items) {
      h.append("<li>").append(Html.escape(item.line())).append("</li>");
    }
    h.append("</ul>");
  }

  /**
   * Only absolute http(s) URLs become links: a javascript: or data: URL from a config file is shown
   * as text.
   */
  static boolean isWebUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return (u.startsWith("https://") || u.startsWith("http://"))
        && u.length() > "https://".length()
        && u.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
  }
}
