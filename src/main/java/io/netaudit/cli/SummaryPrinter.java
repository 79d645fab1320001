package io.netaudit.cli;

import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.ComplianceTally;
import io.netaudit.report.AuditStatus;
import io.netaudit.scan.SweepStats;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The short human summary on stderr at the end of a run. */
final class SummaryPrinter {
  /** The statuses an endpoint can end in (it answered nothing, so never AUTH_FAILED and such). */
  private static final List<AuditStatus> ENDPOINT_STATUSES =
      List.of(
          AuditStatus.RESTRICTED,
          AuditStatus.REVIEW,
          AuditStatus.COMPLIANT,
          AuditStatus.UNIDENTIFIED);

  private SummaryPrinter() {}

  /** The deadline and waiver lines: only when there is something to say. */
  private static void compliance(PrintStream err, AuditSummary s) {
    ComplianceTally c = s.compliance();
    if (c.asOf() != null
        && (s.count(AuditStatus.RESTRICTED) + s.beyond(AuditStatus.RESTRICTED) > 0)) {
      err.printf(
          Locale.ROOT,
          "  deadlines as of %s: %d overdue, %d due within a year%n",
          c.asOf(),
          c.overdue(),
          c.dueWithinAYear());
    }
    long waived = c.waived(AuditStatus.RESTRICTED) + c.waived(AuditStatus.REVIEW);
    if (waived > 0 || !c.expiredWaivers().isEmpty() || !c.staleWaivers().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "  waivers: %d active, covering %d findings (RESTRICTED %d  REVIEW %d) not counted by"
              + " --fail-on%n",
          c.activeWaivers(),
          waived,
          c.waived(AuditStatus.RESTRICTED),
          c.waived(AuditStatus.REVIEW));
      for (String e : c.expiredWaivers()) {
        err.println("  warning: waiver " + e + ": counts again");
      }
      if (!c.staleWaivers().isEmpty()) {
        err.println("  stale waivers (matched nothing): " + String.join(", ", c.staleWaivers()));
      }
    }
  }

  static void print(PrintStream err, AuditSummary s, String output, String dataDates) {
    SweepStats st = s.sweep();
    err.printf(
        Locale.ROOT,
        "netaudit: %d targets, %d answered, %.1f s, %d packets sent (%.0f pkt/s)%n",
        s.targets(),
        s.answered(),
        st.elapsed().toMillis() / 1000.0,
        st.packetsSent(),
        st.packetsPerSecond());
    StringBuilder line = new StringBuilder("  ");
    for (AuditStatus status : AuditStatus.values()) {
      line.append(status.name()).append(' ').append(s.count(status)).append("  ");
    }
    err.println(line.toString().stripTrailing());
    long beyond = s.beyondTargets().values().stream().mapToLong(Long::longValue).sum();
    if (beyond > 0) {
      err.printf(
          Locale.ROOT,
          "  beyond the targets: %d component or neighbour rows (RESTRICTED %d  REVIEW %d)%n",
          beyond,
          s.beyond(AuditStatus.RESTRICTED),
          s.beyond(AuditStatus.REVIEW));
    }
    if (s.readEndpoints()) {
      StringBuilder e =
          new StringBuilder(
              String.format(Locale.ROOT, "  endpoints: %d MACs -", s.endpointCount()));
      for (AuditStatus status : ENDPOINT_STATUSES) {
        e.append(' ').append(status.name()).append(' ').append(s.endpoints(status)).append(' ');
      }
      err.println(e.toString().stripTrailing());
    }
    if (st.unmatchedReplies() > 0 || st.undecodableReplies() > 0) {
      err.printf(
          Locale.ROOT,
          "  replies not attributed: %d unmatched (duplicate, late, wrong request id or "
              + "another source address), %d undecodable%n",
          st.unmatchedReplies(),
          st.undecodableReplies());
    }
    compliance(err, s);
    if (!st.retryDecision().isEmpty()) {
      err.println("  retries: " + st.retryDecision());
    }
    err.println("  data: " + dataDates);
    if (s.reportWritten()) {
      err.printf(
          Locale.ROOT,
          "  report: %s (%d rows)%n",
          output.equals("-") ? "stdout" : output,
          s.rowsWritten());
    } else {
      err.println("netaudit: error: " + s.reportProblem());
    }
  }
}
