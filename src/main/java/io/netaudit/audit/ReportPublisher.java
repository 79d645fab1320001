package io.netaudit.audit;

import io.netaudit.policy.Advisory;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.CsvReportWriter;
import io.netaudit.report.HtmlReportWriter;
import io.netaudit.report.HtmlSummary;
import io.netaudit.report.JsonLinesWriter;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.scan.SweepStats;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every requested report format. Each is written atomically on its own; a format that fails
 * does not stop the others, and the run reports what failed (exit code 3).
 */
final class ReportPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

  private final OutputStream stdout;
  private final Clock clock;

  ReportPublisher(OutputStream stdout, Clock clock) {
    this.stdout = stdout;
    this.clock = clock;
  }

  /**
   * @param held the rows kept in memory (any order)
   * @param silent NO_RESPONSE rows kept off the heap, in report order; merged into the CSV and JSON
   *     Lines reports as they stream. The HTML page (built in memory) lists them only up to {@link
   *     #HTML_SILENT_LIMIT}; beyond that it shows their count in the summary only.
   */
  List<String> publish(
      AuditSettings settings,
      Collection<ReportRow> held,
      ReportRows silent,
      RawHex raw,
      Map<AuditStatus, Long> counts,
      SweepStats stats) {
    return publish(settings, settings.outputs(), held, silent, raw, counts, stats);
  }

  /** As above, to {@code outputs} instead of the settings' (a stopped run's incomplete names). */
  List<String> publish(
      AuditSettings settings,
      Map<ReportFormat, String> outputs,
      Collection<ReportRow> held,
      ReportRows silent,
      RawHex raw,
      Map<AuditStatus, Long> counts,
      SweepStats stats) {
    List<String> problems = new ArrayList<>();
    ReportRows heldSorted = null;
    for (Map.Entry<ReportFormat, String> out : outputs.entrySet()) {
      try {
        if (heldSorted == null) {
          heldSorted = ReportRows.of(held);
        }
        ReportRows all = silent.size() == 0 ? heldSorted : ReportRows.merge(heldSorted, silent);
        switch (out.getKey()) {
          case CSV:
            new CsvReportWriter(stdout).write(out.getValue(), all);
            break;
          case JSONL:
            new JsonLinesWriter(stdout).write(out.getValue(), all, raw::forRow);
            break;
          case HTML:
            new HtmlReportWriter(stdout)
                .write(out.getValue(), htmlRows(held, silent), summary(settings, counts, stats));
            break;
          default:
            throw new IllegalStateException(out.getKey().name());
        }
      } catch (IOException | RuntimeException e) {
        // Some I/O exceptions carry no message (ClosedByInterruptException): name the kind then.
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        problems.add("cannot write report " + out.getValue() + ": " + why);
        LOG.debug("report write failed", e);
      }
    }
    return problems;
  }

  /**
   * Silent addresses listed one per table row in the HTML page at most; more would make a page
   * nobody reads.
   */
  static final long HTML_SILENT_LIMIT = 65_536;

  private static Collection<ReportRow> htmlRows(Collection<ReportRow> held, ReportRows silent) {
    if (silent.size() == 0) {
      return held;
    }
    if (silent.size() > HTML_SILENT_LIMIT) {
      LOG.warn(
          "the HTML report lists the {} silent addresses only in its counts (more than {}); the CSV and "
              + "JSON Lines reports have a row for each",
          silent.size(),
          HTML_SILENT_LIMIT);
      return held;
    }
    List<ReportRow> all = new ArrayList<>(held);
    try (ReportRows.Cursor c = silent.open()) {
      c.forEachRemaining(all::add);
    }
    return all;
  }

  private HtmlSummary summary(
      AuditSettings settings, Map<AuditStatus, Long> counts, SweepStats stats) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    long targets = 0;
    for (AuditStatus s : AuditStatus.values()) {
      long n = counts.getOrDefault(s, 0L);
      byStatus.put(s.name(), n);
      targets += n;
    }
    Map<String, String> urls = new LinkedHashMap<>();
    for (Advisory a : settings.policy().advisories()) {
      urls.put(a.id(), a.url());
    }
    Map<String, String> dates = new LinkedHashMap<>();
    dates.put(
        "newest advisory", settings.policy().newestAdvisoryDate().map(Object::toString).orElse(""));
    dates.put("registries", settings.identifier().registries().summary());
    return new HtmlSummary(
        byStatus,
        targets,
        String.format(Locale.ROOT, "%.1f s", stats.elapsed().toMillis() / 1000.0),
        dates,
        urls,
        clock.instant().toString(),
        ToolVersion.read());
  }
}
