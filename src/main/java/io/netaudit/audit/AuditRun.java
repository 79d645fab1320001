package io.netaudit.audit;

import io.netaudit.identify.Identification;
import io.netaudit.policy.AuditStatus;
import io.netaudit.policy.Verdict;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportRow;
import io.netaudit.scan.SweepStats;
import io.netaudit.scan.Sweeper;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of one audit: targets -> sweep -> identify -> judge -> report. Every target ends in
 * exactly one {@link AuditStatus}; rows are kept for answering devices and errors, and written
 * once, sorted, at the end. With {@code allTargets} every silent target gets a NO_RESPONSE row
 * too, but those are not held as rows: {@link SilentRows} keeps them off the heap (external sort
 * in a temp file) and the writers merge them into address order as they stream the report.
 */
public final class AuditRun {
  private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);

  private final AuditSettings settings;
  private final Clock clock;
  private final OutputStream stdout;

  public AuditRun(AuditSettings settings, Clock clock, OutputStream stdout) {
    this.settings = settings;
    this.clock = clock;
    this.stdout = stdout;
  }

  /** Runs the audit. Fails with IOException only when the session's socket cannot be opened. */
  public AuditSummary run() throws IOException, InterruptedException {
    return run(new SweepProgress());
  }

  /**
   * Runs the audit, keeping {@code progress} up to date while it sweeps (for a live display). Its
   * {@link SweepProgress#whenSweepEnds} action runs when the sweep is over, also when it fails, and
   * before any report is written.
   */
  public AuditSummary run(SweepProgress progress) throws IOException, InterruptedException {
    Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
    List<ReportRow> rows = new ArrayList<>();
    RawHex raw = new RawHex();
    SweepStats stats;
    try (SilentRows silent = new SilentRows()) {
      try (Sweeper sweeper = Sweeper.open(settings.sweep(), clock)) {
        stats = sweeper.sweep(settings.targets().iterator(), probe -> {
          AuditStatus status = judge(probe, rows, silent, raw);
          counts.merge(status, 1L, Long::sum);
          progress.onResult(status);
        }, progress);
      } finally {
        progress.sweepEnded();
      }
      List<String> problems =
          new ReportPublisher(stdout, clock).publish(settings, rows, silent, raw, counts, stats);
      long written = rows.size() + silent.size();
      return new AuditSummary(counts, stats, (int) Math.min(Integer.MAX_VALUE, written), problems.isEmpty(),
          String.join("; ", problems));
    }
  }

  private AuditStatus judge(ProbeResult probe, List<ReportRow> rows, SilentRows silent, RawHex raw) {
    if (probe.status() == ProbeStatus.ANSWERED) {
      Identification id = settings.identifier().identify(probe.system().descr().text(), probe.system().objectId());
      Verdict verdict = settings.policy().judge(id);
      ReportRow row = RowBuilder.answered(probe, id, verdict);
      RowBuilder.keepRawBytes(probe.system(), row, raw);
      rows.add(row);
      return verdict.status();
    }
    if (probe.status() == ProbeStatus.ENGINE_ID_ONLY) {
      // Until engine-ID identification lands: a device that answered, maker unknown.
      rows.add(RowBuilder.unanswered(probe, AuditStatus.UNIDENTIFIED));
      return AuditStatus.UNIDENTIFIED;
    }
    AuditStatus status = probe.status() == ProbeStatus.ERROR ? AuditStatus.ERROR : AuditStatus.NO_RESPONSE;
    // An address that sent garbage or an SNMP error is a device the audit could not judge: it
    // gets a row. Silence gets one only when asked for.
    if (status == AuditStatus.NO_RESPONSE && settings.allTargets() && probe.version() == null
        && probe.credential().isEmpty() && SilentRows.accepts(probe.address())) {
      silent.add(probe.address(), probe.polledAt(), probe.detail()); // the usual case: off the heap
    } else if (status == AuditStatus.ERROR || settings.allTargets()) {
      rows.add(RowBuilder.unanswered(probe, status));
    }
    return status;
  }
}
