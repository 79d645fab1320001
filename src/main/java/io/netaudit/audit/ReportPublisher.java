package io.netaudit.audit;

import io.netaudit.policy.Advisory;
import io.netaudit.policy.AuditStatus;
import io.netaudit.report.CsvReportWriter;
import io.netaudit.report.HtmlReportWriter;
import io.netaudit.report.HtmlSummary;
import io.netaudit.report.JsonLinesWriter;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.scan.SweepStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every requested report format. Each is written atomically on its own; a format that
 * fails does not stop the others, and the run reports what failed (exit code 3).
 */
final class ReportPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

  private final OutputStream stdout;
  private final Clock clock;

  ReportPublisher(OutputStream stdout, Clock clock) {
    this.stdout = stdout;
    this.clock = clock;
  }

  List<String> publish(AuditSettings settings, Collection<ReportRow> rows, RawHex raw, Map<AuditStatus, Long> counts,
      SweepStats stats) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ReportFormat, String> out : settings.outputs().entrySet()) {
      try {
        switch (out.getKey()) {
          case CSV:
            new CsvReportWriter(stdout).write(out.getValue(), rows);
            break;
          case JSONL:
            new JsonLinesWriter(stdout).write(out.getValue(), rows, raw::forRow);
            break;
          case HTML:
            new HtmlReportWriter(stdout).write(out.getValue(), rows, summary(settings, counts, stats));
            break;
          default:
            throw new IllegalStateException(out.getKey().name());
        }
      } catch (IOException | RuntimeException e) {
        problems.add("cannot write report " + out.getValue() + ": " + e.getMessage());
        LOG.debug("report write failed", e);
      }
    }
    return problems;
  }

  private HtmlSummary summary(AuditSettings settings, Map<AuditStatus, Long> counts, SweepStats stats) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    long targets = 0;
    for (AuditStatus s : AuditStatus.values()) {
      long n = counts.getOrDefault(s, 0L);
      byStatus.put(s.name(), n);
      targets += n;
    }
    Map<String, String> urls = new LinkedHashMap<>();
    String latest = "";
    for (Advisory a : settings.policy().advisories()) {
      urls.put(a.id(), a.url());
      if (a.date().toString().compareTo(latest) > 0) {
        latest = a.date().toString();
      }
    }
    Map<String, String> dates = new LinkedHashMap<>();
    dates.put("newest advisory", latest);
    dates.put("registries", settings.identifier().registries().summary());
    return new HtmlSummary(byStatus, targets, String.format(Locale.ROOT, "%.1f s", stats.elapsed().toMillis() / 1000.0),
        dates, urls, clock.instant().toString(), version());
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = ReportPublisher.class.getResourceAsStream("/netaudit-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
