package io.netaudit.cli;

import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.ComplianceTally;
import io.netaudit.policy.Policy;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportFormat;
import io.netaudit.text.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The text of a report set's sidecar ({@code netaudit-<stamp>.summary.json}, schema {@code
 * netaudit-summary/1}), built section by section in the order the file has always had; {@link
 * ReportSet} writes it.
 */
final class SummaryJson {
  private final StringBuilder j = new StringBuilder(1024).append("{\n");

  /** Schema, completeness, tool, times and exit code of the run. */
  SummaryJson run(
      boolean complete,
      String stoppedBy,
      String version,
      Instant started,
      Instant finished,
      int exitCode) {
    field("schema", "netaudit-summary/1").append(",\n");
    j.append("  \"complete\": ").append(complete).append(",\n");
    if (stoppedBy != null) {
      field("stopped_by", stoppedBy).append(",\n");
    }
    field("tool", "netaudit " + version).append(",\n");
    field("started", started.toString()).append(",\n");
    field("finished", finished.toString()).append(",\n");
    j.append("  \"exit_code\": ").append(exitCode).append(",\n");
    return this;
  }

  /** Targets, answers, rows, packets, and the rows of each status (in, beyond, endpoints). */
  SummaryJson counts(AuditSummary s) {
    j.append("  \"targets\": ").append(s.targets()).append(",\n");
    j.append("  \"answered\": ").append(s.answered()).append(",\n");
    j.append("  \"rows\": ").append(s.rowsWritten()).append(",\n");
    j.append("  \"packets_sent\": ").append(s.sweep().packetsSent()).append(",\n");
    j.append("  \"counts\": {");
    String sep = "";
    for (AuditStatus st : AuditStatus.values()) {
      j.append(sep).append(JsonText.quote(st.name())).append(": ").append(s.count(st));
      sep = ", ";
    }
    j.append("},\n  \"beyond_targets\": {");
    nonZero(s::beyond);
    if (s.readEndpoints()) {
      j.append("},\n  \"endpoints\": {");
      nonZero(s::endpoints);
    }
    j.append("},\n");
    return this;
  }

  /** The policy's size and age, and the registries' dates. */
  SummaryJson policy(Policy policy, String registries) {
    j.append("  \"policy\": {\"advisories\": ")
        .append(policy.advisories().size())
        .append(", \"newest_advisory\": ")
        .append(JsonText.quote(policy.newestAdvisoryDate().map(Object::toString).orElse("")))
        .append("},\n");
    field("registries", registries).append(",\n");
    return this;
  }

  /** Deadlines and waivers of the run (issue 12). */
  SummaryJson compliance(ComplianceTally c) {
    if (c.asOf() != null) {
      j.append("  \"deadlines\": {\"as_of\": ")
          .append(JsonText.quote(c.asOf().toString()))
          .append(", \"overdue\": ")
          .append(c.overdue())
          .append(", \"due_within_a_year\": ")
          .append(c.dueWithinAYear())
          .append("},\n");
    }
    j.append("  \"waivers\": {\"active\": ").append(c.activeWaivers()).append(", \"waived\": {");
    nonZero(c::waived);
    j.append("}, \"expired\": ").append(list(c.expiredWaivers()));
    j.append(", \"stale\": ").append(list(c.staleWaivers())).append("},\n");
    return this;
  }

  /** What became of the run in the history store: location, site, state; null without a store. */
  SummaryJson store(String[] store) {
    if (store != null) {
      j.append("  \"store\": {\"location\": ")
          .append(JsonText.quote(store[0]))
          .append(", \"site\": ")
          .append(JsonText.quote(store[1]))
          .append(", \"state\": ")
          .append(JsonText.quote(store[2]))
          .append("},\n");
    }
    return this;
  }

  /** Why the report was not written, if it was not. */
  SummaryJson reportProblem(AuditSummary s) {
    if (!s.reportWritten()) {
      field("report_problem", s.reportProblem()).append(",\n");
    }
    return this;
  }

  /** Name, size and SHA-256 of each report file that exists; closes the document. */
  String files(Map<ReportFormat, String> written) throws IOException {
    j.append("  \"files\": {");
    String sep = "\n";
    for (Map.Entry<ReportFormat, String> e : written.entrySet()) {
      Path p = Path.of(e.getValue());
      if (!Files.isRegularFile(p)) {
        continue;
      }
      j.append(sep)
          .append("    ")
          .append(JsonText.quote(e.getKey().extension()))
          .append(": {\"name\": ")
          .append(JsonText.quote(p.getFileName().toString()))
          .append(", \"bytes\": ")
          .append(Files.size(p))
          .append(", \"sha256\": ")
          .append(JsonText.quote(ReportSet.sha256(p)))
          .append('}');
      sep = ",\n";
    }
    j.append(sep.equals("\n") ? "}\n" : "\n  }\n").append("}\n");
    return j.toString();
  }

  /** The statuses with a non-zero count, as {@code "STATUS": n} pairs. */
  private void nonZero(ToLongFunction<AuditStatus> count) {
    String sep = "";
    for (AuditStatus st : AuditStatus.values()) {
      long n = count.applyAsLong(st);
      if (n > 0) {
        j.append(sep).append(JsonText.quote(st.name())).append(": ").append(n);
        sep = ", ";
      }
    }
  }

  private static String list(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(JsonText.quote(items.get(i)));
    }
    return b.append(']').toString();
  }

  private StringBuilder field(String name, String value) {
    return j.append("  ").append(JsonText.quote(name)).append(": ").append(JsonText.quote(value));
  }
}
