package io.netaudit.report;

import io.netaudit.text.Html;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report as ONE self-contained HTML page for people: no external assets, no JavaScript
 * (a Content-Security-Policy forbids scripts as a second line of defence), inline CSS and an inline
 * SVG chart ({@link HtmlChart}). It shows the run summary (counts per status, targets, rows per
 * kind, elapsed time, generation time, tool version, dates of the data used), the chart of what
 * answered per maker and status, and the findings table ({@link HtmlFindings}, with its CSS-only
 * filters {@link HtmlFilters}): RESTRICTED rows first, then REVIEW, then the others ({@link
 * AuditStatus#FINDINGS_FIRST}), each by address; then, when the switches and routers knew MACs of
 * devices that were not audited, the endpoints section ({@link HtmlEndpoints}).
 *
 * <p>Every device-supplied string goes through {@link Html#escape}. Stable hooks for tools and
 * tests: each table row is {@code <tr data-status="STATUS">} with {@code <td class="kind"
 * data-kind="device|component|neighbour|...">} and {@code <td class="vendor" data-maker-id="mN">};
 * each summary count is {@code <li data-count-status="STATUS">} with the number in {@code <span
 * class="n">}; each chart segment is {@code <rect data-maker=".." data-segment-status="..">}.
 *
 * <p>The page is built in memory, so it lists the rows of silent targets only up to {@link
 * #SILENT_LIMIT}; beyond that their count is in the summary only (the CSV and JSON Lines reports
 * stream a row for each). Published like the CSV: temp file, fsync, atomic rename; "-" writes to
 * the given stream.
 */
public final class HtmlReportWriter implements ReportWriter {
  /** The page title; fixed, so it never carries device text. */
  public static final String TITLE = "netaudit compliance report";

  /** Silent addresses listed one per table row at most; more would make a page nobody reads. */
  static final long SILENT_LIMIT = 65_536;

  private static final Logger LOG = LoggerFactory.getLogger(HtmlReportWriter.class);

  private final AtomicReportFile file;

  public HtmlReportWriter(OutputStream stdoutForDash) {
    this.file = new AtomicReportFile(stdoutForDash);
  }

  /** Test seam, as in CsvReportWriter. */
  HtmlReportWriter(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.file = new AtomicReportFile(stdoutForDash, fileStreamDecorator);
  }

  @Override
  public void write(String target, ReportContent content) throws IOException {
    List<ReportRow> rows = listed(content);
    RunFacts facts = content.facts();
    HistoryFacts history = content.history();
    file.write(target, out -> out.write(render(rows, facts, history, content.endpoints())));
  }

  public void write(String target, Collection<ReportRow> rows, RunFacts facts) throws IOException {
    Objects.requireNonNull(facts, "facts");
    file.write(target, out -> out.write(render(rows, facts)));
  }

  /** The rows the page lists: every held row, and the silent ones unless there are too many. */
  private static List<ReportRow> listed(ReportContent content) {
    List<ReportRow> rows = new ArrayList<>();
    try (ReportRows.Cursor c = content.rows().open()) {
      c.forEachRemaining(rows::add);
    }
    long silent = content.silent().size();
    if (silent > SILENT_LIMIT) {
      LOG.warn(
          "the HTML report lists the {} silent addresses only in its counts (more than {}); the CSV and "
              + "JSON Lines reports have a row for each",
          silent,
          SILENT_LIMIT);
    } else if (silent > 0) {
      try (ReportRows.Cursor c = content.silent().open()) {
        c.forEachRemaining(rows::add);
      }
    }
    return rows;
  }

  /** The whole page as a string (the file holds exactly this, UTF-8). */
  public static String render(Collection<ReportRow> rows, RunFacts facts) {
    return render(rows, facts, HistoryFacts.NONE);
  }

  /**
   * The page with what the history store adds: the remediation section (the estate report), the
   * trend charts, and the site and first-seen columns of the findings.
   */
  public static String render(Collection<ReportRow> rows, RunFacts facts, HistoryFacts history) {
    return render(rows, facts, history, ReportRows.of(List.of()));
  }

  /**
   * The whole page, with an endpoints section when there are endpoint rows ({@link HtmlEndpoints}:
   * per-maker counts, restricted and review endpoints with their switch and port).
   */
  public static String render(
      Collection<ReportRow> rows, RunFacts facts, HistoryFacts history, ReportRows endpoints) {
    List<ReportRow> ordered = findingsFirst(rows);
    HtmlEndpoints endpointSection = HtmlEndpoints.read(endpoints);
    HtmlFilters filters = HtmlFilters.of(ordered, endpointSection.byMaker());
    StringBuilder h = new StringBuilder(8192 + ordered.size() * 700);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(TITLE)
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append(filters.css())
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(TITLE)
        .append("</h1>\n");
    summary(h, facts, ordered);
    if (history.hasRemediation()) {
      HtmlRemediation.append(h, history);
    }
    HtmlChart.append(h, ordered, endpointSection.byMaker());
    HtmlTrendChart.append(h, history, ordered, endpointSection.byMaker());
    HtmlFindings.append(h, ordered, facts.advisoryUrls(), facts.asOf(), filters);
    endpointSection.append(h, facts.advisoryUrls(), filters);
    h.append("<footer>Generated by ")
        .append(Html.escape(facts.toolVersion()))
        .append(" at ")
        .append(Html.escape(facts.generatedAt()))
        .append(".</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, RunFacts s, List<ReportRow> rows) {
    h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n");
    fact(h, "Targets", Long.toString(s.targets()));
    fact(h, "Rows", rowsByKind(rows));
    fact(h, "Elapsed", s.elapsed());
    fact(h, "Generated", s.generatedAt());
    fact(h, "Tool", s.toolVersion());
    if (s.asOf() != null) {
      long overdue = rows.stream().filter(r -> r.compliance().overdueOn(s.asOf())).count();
      long due = rows.stream().filter(r -> r.compliance().dueWithinAYearOf(s.asOf())).count();
      fact(h, "Deadlines as of", s.asOf().toString());
      h.append("<dt>Overdue</dt><dd data-count-deadline=\"overdue\">")
          .append(overdue)
          .append("</dd>\n<dt>Due within a year</dt><dd data-count-deadline=\"due-within-a-year\">")
          .append(due)
          .append("</dd>\n");
    }
    for (String note : s.waiverNotes()) {
      fact(h, "Waiver", note);
    }
    h.append("</dl>\n<ul class=\"counts\">\n");
    List<AuditStatus> statuses = new ArrayList<>(s.counts().keySet());
    statuses.sort(AuditStatus.FINDINGS_FIRST);
    for (AuditStatus status : statuses) {
      h.append("<li data-count-status=\"")
          .append(status.name())
          .append("\" style=\"border-left-color:")
          .append(status.colour())
          .append("\"><span class=\"n\">")
          .append(s.counts().get(status))
          .append("</span> <span class=\"status\">")
          .append(status.name())
          .append("</span></li>\n");
    }
    h.append("</ul>\n");
    if (!s.dataDates().isEmpty()) {
      h.append(
          "<table class=\"dates\">\n<caption>Data used</caption>\n<thead><tr><th>Data</th><th>Date</th></tr>"
              + "</thead>\n<tbody>\n");
      for (Map.Entry<String, String> e : s.dataDates().entrySet()) {
        h.append("<tr><td>")
            .append(Html.escape(e.getKey()))
            .append("</td><td>")
            .append(Html.escape(e.getValue()))
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</section>\n");
  }

  /** "24: 22 device, 1 component, 1 neighbour" (the kinds that occur). */
  private static String rowsByKind(List<ReportRow> rows) {
    Map<RowKind, Integer> kinds = new EnumMap<>(RowKind.class);
    rows.forEach(r -> kinds.merge(r.subject().kind(), 1, Integer::sum));
    StringBuilder b = new StringBuilder().append(rows.size());
    String sep = ": ";
    for (Map.Entry<RowKind, Integer> e : kinds.entrySet()) {
      b.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
      sep = ", ";
    }
    return b.toString();
  }

  private static void fact(StringBuilder h, String name, String value) {
    h.append("<dt>").append(name).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
  }

  /** Report order (by address), then stably by status, findings first. */
  static List<ReportRow> findingsFirst(Collection<ReportRow> rows) {
    List<ReportRow> ordered = new ArrayList<>(CsvReportWriter.inReportOrder(rows));
    ordered.sort(Comparator.comparing(r -> r.finding().status(), AuditStatus.FINDINGS_FIRST));
    return ordered;
  }

  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d1d1d;background:#fff}
      h1{font-size:1.5em;margin:0 0 12px}
      h2{font-size:1.15em;margin:24px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
      dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:0 0 12px}
      dl.facts dt{font-weight:600}
      dl.facts dd{margin:0}
      ul.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
      ul.counts li{border:1px solid #ddd;border-left:6px solid #999;padding:6px 12px;min-width:110px}
      ul.counts .n{font-size:1.4em;font-weight:700;display:block}
      table{border-collapse:collapse;font-size:13px}
      caption{text-align:left;font-weight:600;padding:4px 0}
      th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
      thead th{background:#f3f3f3;position:sticky;top:0}
      table.findings td{max-width:28em;overflow-wrap:anywhere}
      td.descr{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;min-width:16em}
      td.descr summary{cursor:pointer;white-space:nowrap}
      td.advisories{min-width:15em}
      td.vendor{min-width:9em}
      td.detail{min-width:20em}
      td.addr{white-space:nowrap;font-family:ui-monospace,monospace}
      td.evidence{min-width:14em}
      td.evidence ul{margin:4px 0 0;padding-left:16px}
      td.evidence summary{cursor:pointer;color:#444;white-space:nowrap}
      td.kind{white-space:nowrap}
      .kind-badge{border:1px solid;border-radius:3px;padding:0 5px;font-size:12px;font-weight:600}
      td.kind .where{font-size:11px;color:#555;margin-top:2px}
      #findings tbody tr:has(>td.kind:not([data-kind="device"])) td.addr::before{content:"\\21B3\\00A0";color:#777}
      #findings tbody tr:has(>td.kind:not([data-kind="device"])){font-style:italic}
      td.time{white-space:nowrap}
      form.filters{display:flex;flex-wrap:wrap;gap:16px;margin:4px 0 10px;font-size:13px}
      form.filters select{margin-left:4px}
      p.caption{margin:0 0 6px;color:#555;font-size:13px}
      .badge{color:#fff;border-radius:3px;padding:1px 6px;font-weight:600;font-size:12px;white-space:nowrap}
      tr[data-status="RESTRICTED"]{background:#fdecea}
      tr[data-status="REVIEW"]{background:#fff4e5}
      tr[data-overdue="true"] td.deadline{color:#fff;background:#c62828;font-weight:600}
      tr[data-overdue="true"] td.addr{border-left:6px solid #c62828}
      footer{margin-top:24px;color:#666;font-size:12px}
      """;
}
