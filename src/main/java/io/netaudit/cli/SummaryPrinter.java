package io.netaudit.cli;

import io.netaudit.audit.AuditSummary;
import io.netaudit.report.AuditStatus;
import io.netaudit.scan.SweepStats;
import java.io.PrintStream;
import java.util.Locale;

/** The short human summary on stderr at the end of a run. */
final class SummaryPrinter {
  private SummaryPrinter() {}

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
    if (st.unmatchedReplies() > 0 || st.undecodableReplies() > 0) {
      err.printf(
          Locale.ROOT,
          "  replies not attributed: %d unmatched (duplicate, late, wrong request id or "
              + "another source address), %d undecodable%n",
          st.unmatchedReplies(),
          st.undecodableReplies());
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
