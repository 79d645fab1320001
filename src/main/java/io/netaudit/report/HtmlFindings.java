package io.netaudit.report;

import io.netaudit.text.Html;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTML report's findings table: one {@code <tr data-status="STATUS">} per row, advisory ids
 * linked to their official URL when one is known. The Kind column says what a row is about, from
 * its {@link RowKind} (a device, a component inside one, a neighbour one reported, and any later
 * kind, each with its own badge colour) and where it sits (the device it is part of, the device
 * that saw it); rows about something other than a target are marked in the Address column too.
 * Evidence is folded: a {@code <details>} whose summary counts the items and names the signals'
 * sources. Filters by status, kind and maker: {@link HtmlFilters}.
 */
final class HtmlFindings {
  private HtmlFindings() {}

  /**
   * @param asOf the day deadlines are judged on: a row whose deadline has passed is marked {@code
   *     <tr data-overdue="true">}; null marks none
   */
  static void append(
      StringBuilder h,
      List<ReportRow> rows,
      Map<String, String> advisoryUrls,
      LocalDate asOf,
      HtmlFilters f) {
    // Rows from the history store say where and since when; a page without a store stays as it was.
    boolean history = rows.stream().anyMatch(r -> !r.history().site().isEmpty());
    h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    f.appendControls(h);
    h.append("<table class=\"findings\">\n<thead><tr>")
        .append(
            "<th>Address</th><th>Kind</th><th>Status</th><th>Vendor</th><th>Model</th><th>Firmware</th>")
        .append(
            "<th>Advisories</th><th>Confidence</th><th>Evidence</th><th>sysName</th><th>sysLocation</th>")
        .append(
            "<th>sysDescr</th><th>sysObjectID</th><th>SNMP</th><th>Polled at</th><th>Detail</th>"
                + "<th>Deadline</th><th>Waiver</th>")
        .append(history ? "<th>Site</th><th>First seen</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (ReportRow r : rows) {
      row(h, r, advisoryUrls, asOf, f, history);
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(
      StringBuilder h,
      ReportRow r,
      Map<String, String> advisoryUrls,
      LocalDate asOf,
      HtmlFilters f,
      boolean history) {
    AuditStatus status = r.finding().status();
    boolean overdue = r.compliance().overdueOn(asOf);
    h.append("<tr data-status=\"")
        .append(status.name())
        .append(overdue ? "\" data-overdue=\"true\">" : "\">")
        .append("<td class=\"addr\">")
        .append(Html.escape(ReportColumn.ADDRESS.text(r)))
        .append("</td>");
    kind(h, r);
    h.append("<td class=\"status\"><span class=\"badge\" style=\"background:")
        .append(status.colour())
        .append("\">")
        .append(status.name())
        .append("</span></td><td class=\"vendor\" data-maker-id=\"")
        .append(f.makerId(r))
        .append("\">")
        .append(Html.escape(r.finding().vendor()))
        .append("</td>");
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
    descr(h, r.device().sysDescr());
    cell(h, r.device().sysObjectId());
    cell(h, r.poll().snmpVersion());
    polledAt(h, r.poll().polledAt());
    h.append("<td class=\"detail\">").append(Html.escape(r.poll().detail())).append("</td>");
    compliance(h, r.compliance(), overdue);
    if (history) {
      cell(h, r.history().site());
      cell(h, ReportColumn.FIRST_SEEN.text(r));
    }
    h.append("</tr>\n");
  }

  /** The deadline the finding carries (marked when passed) and the waiver that matched it. */
  private static void compliance(StringBuilder h, ComplianceFacts c, boolean overdue) {
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
  }

  /**
   * The row's kind as a badge, and for a row that is not a target where it sits: "part #1001
   * (module) of 10.0.0.4", "seen by 10.0.0.11".
   */
  private static void kind(StringBuilder h, ReportRow r) {
    RowKind kind = r.subject().kind();
    h.append("<td class=\"kind\" data-kind=\"")
        .append(kind.label())
        .append("\"><span class=\"kind-badge\" style=\"border-color:")
        .append(kindColour(kind))
        .append(";color:")
        .append(kindColour(kind))
        .append("\">")
        .append(kind.label())
        .append("</span>");
    Subject s = r.subject();
    if (s.componentIndex() != null) {
      h.append("<div class=\"where\">part #")
          .append(s.componentIndex())
          .append(s.componentClass().isEmpty() ? "" : " (" + Html.escape(s.componentClass()) + ")")
          .append(" of ")
          .append(Html.escape(ReportColumn.ADDRESS.text(r)))
          .append("</div>");
    }
    if (s.seenBy() != null) {
      h.append("<div class=\"where\">seen by ")
          .append(Html.escape(ReportColumn.SEEN_BY.text(r)))
          .append("</div>");
    }
    h.append("</td>");
  }

  /**
   * A colour per kind, from the kind itself so a new kind gets one too: targets in neutral grey,
   * every other kind its own hue.
   */
  static String kindColour(RowKind kind) {
    if (kind == RowKind.DEVICE) {
      return "#555555";
    }
    int hue = (kind.ordinal() * 137 + 180) % 360;
    return "hsl(" + hue + ",70%,32%)";
  }

  /** To the second, for people; the exact instant is in the datetime attribute. */
  private static void polledAt(StringBuilder h, Instant at) {
    if (at == null) {
      h.append("<td></td>");
      return;
    }
    String exact = InstantText.of(at);
    String shown = InstantText.of(at.truncatedTo(ChronoUnit.SECONDS));
    h.append("<td class=\"time\"><time datetime=\"")
        .append(exact)
        .append("\">")
        .append(shown.replace('T', ' '))
        .append("</time></td>");
  }

  /**
   * sysDescr, folded when it is long (several lines, or more than {@value #DESCR_SHOWN}
   * characters): its first line shortened as the summary, the whole text inside.
   */
  private static void descr(StringBuilder h, String text) {
    h.append("<td class=\"descr\">");
    String first = text.lines().findFirst().orElse("").strip();
    if (text.length() <= DESCR_SHOWN && first.length() == text.strip().length()) {
      h.append(Html.escape(text));
    } else {
      String shown =
          first.length() > DESCR_SHOWN ? first.substring(0, DESCR_SHOWN - 1) + "\u2026" : first;
      h.append("<details><summary>")
          .append(Html.escape(Texts.wellFormed(shown)))
          .append("</summary>")
          .append(Html.escape(text))
          .append("</details>");
    }
    h.append("</td>");
  }

  /** sysDescr characters shown before it is folded. */
  private static final int DESCR_SHOWN = 40;

  private static void cell(StringBuilder h, String value) {
    h.append("<td>").append(Html.escape(value)).append("</td>");
  }

  static void advisories(StringBuilder h, List<String> ids, Map<String, String> urls) {
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

  /**
   * Folded: the summary counts the items and names the sources of the signals (e.g. "3 items:
   * sys_object_id, sys_descr"); one list item per evidence item, so device text inside an item
   * never splits it.
   */
  static void evidence(StringBuilder h, List<EvidenceItem> items) {
    if (items.isEmpty()) {
      return;
    }
    Set<String> sources = new LinkedHashSet<>();
    for (EvidenceItem item : items) {
      if (item.source() != null && !item.source().isEmpty()) {
        sources.add(item.source());
      }
    }
    h.append("<details><summary>")
        .append(items.size())
        .append(items.size() == 1 ? " item" : " items");
    if (!sources.isEmpty()) {
      h.append(": ").append(Html.escape(String.join(", ", sources)));
    }
    h.append("</summary><ul>");
    for (EvidenceItem item : items) {
      h.append("<li>").append(Html.escape(item.line())).append("</li>");
    }
    h.append("</ul></details>");
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
