package io.netaudit.audit;

import io.netaudit.policy.Advisory;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.CsvRecords;
import io.netaudit.report.HistoryFacts;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportContent;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.RunFacts;
import io.netaudit.scan.SweepStats;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every requested report format, each by its own {@link ReportFormat#writer}. Each is
 * written atomically on its own; a format that fails does not stop the others, and the run reports
 * what failed (exit code 3).
 */
final class ReportPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

  private final OutputStream stdout;
  private final Clock clock;
  private final ComplianceTally tally;

  ReportPublisher(OutputStream stdout, Clock clock) {
    this(stdout, clock, ComplianceTally.NONE);
  }

  ReportPublisher(OutputStream stdout, Clock clock, ComplianceTally tally) {
    this.stdout = stdout;
    this.clock = clock;
    this.tally = tally;
  }

  /**
   * What every format renders: the rows sorted once (held, any order; silent, in report order and
   * kept off the heap), each passed through {@code decorate} as it streams (its history columns),
   * the endpoint rows (streamed in MAC order after the others, decorated the same way: the history
   * store keys them by site and MAC), the run's facts, and the CSV text of rows rendered ahead.
   *
   * @throws java.io.UncheckedIOException or another RuntimeException when rows cannot be read
   */
  ReportContent content(
      AuditSettings settings,
      Collection<ReportRow> held,
      ReportRows silent,
      RawHex raw,
      Map<AuditStatus, Long> counts,
      SweepStats stats,
      UnaryOperator<ReportRow> decorate,
      HistoryFacts history,
      ReportRows endpoints,
      CsvRecords csv) {
    return new ReportContent(
        ReportRows.of(held).map(decorate),
        silent.map(decorate),
        raw,
        facts(settings, counts, stats),
        history,
        endpoints.map(decorate),
        csv);
  }

  /**
   * Writes each format to its target; a format that fails does not stop the others.
   *
   * @param content null when the rows could not be read ({@code problem} says why): every format
   *     fails with it
   * @return one line per format that failed
   */
  List<String> publish(Map<ReportFormat, String> outputs, ReportContent content, String problem) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ReportFormat, String> out : outputs.entrySet()) {
      try {
        if (content == null) {
          throw new IOException(problem);
        }
        out.getKey().writer(stdout).write(out.getValue(), content);
      } catch (IOException | RuntimeException e) {
        problems.add("cannot write report " + out.getValue() + ": " + why(e));
        LOG.debug("report write failed", e);
      }
    }
    return problems;
  }

  /** Some I/O exceptions carry no message (ClosedByInterruptException): name the kind then. */
  static String why(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private RunFacts facts(AuditSettings settings, Map<AuditStatus, Long> counts, SweepStats stats) {
    Map<AuditStatus, Long> byStatus = new EnumMap<>(AuditStatus.class);
    long targets = 0;
    for (AuditStatus s : AuditStatus.values()) {
      long n = counts.getOrDefault(s, 0L);
      byStatus.put(s, n);
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
    return new RunFacts(
        byStatus,
        targets,
        String.format(Locale.ROOT, "%.1f s", stats.elapsed().toMillis() / 1000.0),
        dates,
        urls,
        // To the second: people read it, and SIEMs need no more.
        clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
        ToolVersion.read(),
        tally.asOf(),
        waiverNotes());
  }

  private List<String> waiverNotes() {
    List<String> notes = new ArrayList<>();
    tally.expiredWaivers().forEach(e -> notes.add(e + ": counts again"));
    tally.staleWaivers().forEach(s -> notes.add("stale (matched nothing): " + s));
    return notes;
  }
}
