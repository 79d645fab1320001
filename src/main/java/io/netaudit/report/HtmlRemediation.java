package io.netaudit.report;

import io.netaudit.text.Html;
import java.time.Instant;
import java.util.List;

/**
 * The estate report's remediation section: the RESTRICTED and REVIEW subjects removed in the
 * period, those still open, and of those the overdue (past a deadline of the policy), with a count
 * of each ({@code <li data-remediation="removed|open|overdue"><span class="n">N</span>}) and one
 * table row each ({@code <tr data-remediation="...">}), overdue first, then open, then removed.
 */
final class HtmlRemediation {
  private HtmlRemediation() {}

  static void append(StringBuilder h, HistoryFacts history) {
    List<RemediationItem> items = history.remediation();
    long removed = items.stream().filter(i -> !i.open()).count();
    long open = items.stream().filter(RemediationItem::open).count();
    long overdue = items.stream().filter(RemediationItem::overdue).count();
    h.append("<section id=\"remediation\">\n<h2>Remediation ")
        .append(Html.escape(history.period()))
        .append("</h2>\n<ul class=\"counts\">\n");
    count(h, "removed", "removed " + history.period(), removed, "#2e7d32");
    count(h, "open", "still open", open, AuditStatus.REVIEW.colour());
    count(h, "overdue", "overdue", overdue, AuditStatus.RESTRICTED.colour());
    h.append("</ul>\n");
    if (items.isEmpty()) {
      h.append("<p>Nothing restricted or for review was seen.</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"findings\">\n<thead><tr><th>State</th><th>Site</th><th>Subject</th>")
        .append("<th>Kind</th><th>Vendor</th><th>Status</th><th>First seen</th><th>Last seen</th>")
        .append("<th>Remediated</th><th>Deadline</th></tr></thead>\n<tbody>\n");
    for (String state : List.of("overdue", "open", "removed")) {
      for (RemediationItem i : items) {
        if (state(i).equals(state)) {
          row(h, i, state);
        }
      }
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static String state(RemediationItem i) {
    return i.overdue() ? "overdue" : i.open() ? "open" : "removed";
  }

  private static void count(StringBuilder h, String key, String label, long n, String colour) {
    h.append("<li data-remediation=\"")
        .append(key)
        .append("\" style=\"border-left-color:")
        .append(colour)
        .append("\"><span class=\"n\">")
        .append(n)
        .append("</span> <span class=\"status\">")
        .append(Html.escape(label))
        .append("</span></li>\n");
  }

  private static void row(StringBuilder h, RemediationItem i, String state) {
    h.append("<tr data-remediation=\"").append(state).append("\">");
    cell(h, state);
    cell(h, i.site());
    h.append("<td class=\"addr\">").append(Html.escape(i.subject())).append("</td>");
    cell(h, i.kind());
    cell(h, i.vendor());
    h.append("<td><span class=\"badge\" style=\"background:")
        .append(i.status().colour())
        .append("\">")
        .append(i.status().name())
        .append("</span></td>");
    cell(h, time(i.firstSeen()));
    cell(h, time(i.lastSeen()));
    cell(h, time(i.remediatedAt()));
    cell(h, i.deadline());
    h.append("</tr>\n");
  }

  private static String time(Instant at) {
    return at == null ? "" : InstantText.of(at);
  }

  private static void cell(StringBuilder h, String text) {
    h.append("<td>").append(Html.escape(text)).append("</td>");
  }
}
