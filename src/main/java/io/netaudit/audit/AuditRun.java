package io.netaudit.audit;

import io.netaudit.identify.ComponentIdentification;
import io.netaudit.identify.Identification;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.Observations;
import io.netaudit.policy.Verdict;
import io.netaudit.policy.WaiverTally;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.CsvRecords;
import io.netaudit.report.HistoryFacts;
import io.netaudit.report.MacFacts;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportContent;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.scan.SweepContext;
import io.netaudit.scan.SweepStats;
import io.netaudit.scan.Sweeper;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of one audit: targets -> sweep -> identify -> judge -> report. Every target ends in
 * exactly one {@link AuditStatus}; rows are kept for answering devices and errors, and written
 * once, sorted, at the end. With {@code allTargets} every silent target gets a NO_RESPONSE row too,
 * but those are not held as rows: {@link SilentRows} keeps them off the heap (external sort in a
 * temp file) and the writers merge them into address order as they stream the report.
 *
 * <p>Over 300 lines because it is the one place where a run's steps meet (sweep, judge, neighbours,
 * endpoints, publish, record); each step is a method of its own, the work itself in other classes.
 */
public final class AuditRun {
  private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);

  private final AuditSettings settings;
  private final SweepContext context;
  private final Clock clock;
  private final OutputStream stdout;
  private StopRequest stop = new StopRequest();
  private UnaryOperator<ReportRow> decorate = UnaryOperator.identity();
  private HistoryFacts history = HistoryFacts.NONE;
  private RunRecorder recorder = RunRecorder.NONE;
  private Gathered gathered;

  /**
   * @param context the engine's time sources and secret sink; its wall clock also dates the report
   */
  public AuditRun(AuditSettings settings, SweepContext context, OutputStream stdout) {
    this.settings = settings;
    this.context = java.util.Objects.requireNonNull(context, "context");
    this.clock = context.clock();
    this.stdout = stdout;
  }

  /**
   * Cancellation hook (SIGINT/SIGTERM): once {@code stop} is requested no new target is sent; the
   * report of what was audited is published under the incomplete names ({@link
   * StopRequest#incompleteOutputs}). If the caller interrupts the running thread while it sweeps
   * after requesting the stop, the targets in flight are dropped and the run still publishes the
   * incomplete report.
   */
  public AuditRun withStop(StopRequest stop) {
    this.stop = java.util.Objects.requireNonNull(stop, "stop");
    return this;
  }

  /**
   * The history store's part: {@code decorate} fills each row's history columns as the reports
   * stream it, {@code history} the trend and remediation facts, and {@code recorder} is told about
   * the run once its reports are published (not when it was stopped).
   */
  public AuditRun withHistory(
      UnaryOperator<ReportRow> decorate, HistoryFacts history, RunRecorder recorder) {
    this.decorate = java.util.Objects.requireNonNull(decorate, "decorate");
    this.history = java.util.Objects.requireNonNull(history, "history");
    this.recorder = java.util.Objects.requireNonNull(recorder, "recorder");
    return this;
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
    try (SilentRows silent = new SilentRows()) {
      SweepStats stats = sweep(silent, progress);
      Gathered g = gathered();
      boolean cut =
          stop.seal(); // decided once: a stop asked for from here on does not change the report
      g.endpoints().finish(g.audited(), g.neighbours().values());
      g.endpoints().addDeviceMacs(g.rows());
      addNeighbours(g.neighbours().values(), g.audited(), g.rows(), g.beyondTargets(), g.ledger());
      g.endpoints().settle(g.ledger());
      return publish(g, silent, stats, cut);
    }
  }

  /**
   * What one run gathers while it sweeps, until its reports are published. {@code csv} holds the
   * CSV text of the rows kept so far, rendered as they were judged.
   */
  private record Gathered(
      Map<AuditStatus, Long> counts,
      Map<AuditStatus, Long> beyondTargets,
      List<ReportRow> rows,
      RawHex raw,
      Map<String, Neighbour> neighbours,
      Set<InetAddress> audited,
      FindingLedger ledger,
      EndpointCollector endpoints,
      CsvRecords csv) {
    Gathered(FindingLedger ledger, EndpointCollector endpoints, CsvRecords csv) {
      this(
          new EnumMap<>(AuditStatus.class),
          new EnumMap<>(AuditStatus.class),
          new ArrayList<>(),
          new RawHex(),
          new LinkedHashMap<>(),
          new HashSet<>(),
          ledger,
          endpoints,
          csv);
    }
  }

  /** Rows are rendered ahead only for a CSV report (the other formats render their own way). */
  private CsvRecords csvRecords() {
    return settings.outputs().containsKey(ReportFormat.CSV)
        ? CsvRecords.ahead()
        : CsvRecords.none();
  }

  /**
   * Keeps a row for the reports, and renders it ahead as the reports will show it (with its history
   * columns): this runs on the thread that judges, while the sweep mostly waits.
   */
  private void keep(ReportRow row, Gathered g) {
    g.rows().add(row);
    try {
      g.csv().prepare(decorate.apply(row));
    } catch (RuntimeException e) {
      // Rendering ahead only saves time, and a sink that throws would lose every later result: the
      // report renders this row itself, and meets the failure there as it always has.
      LOG.debug("row of {} not rendered ahead", row.address(), e);
    }
  }

  /**
   * What the run has gathered, begun by its first result: the ledger needs the policy, which may
   * still be being read while the sweep starts ({@link JudgingData}). Synchronized: the thread that
   * judges begins it, the caller's reads it once the sweep is over (or was stopped).
   */
  private synchronized Gathered gathered() {
    if (gathered == null) {
      gathered = new Gathered(newLedger(), newEndpoints(), csvRecords());
    }
    return gathered;
  }

  private FindingLedger newLedger() {
    return new FindingLedger(
        new WaiverTally(
            settings.policy().waivers(),
            settings
                .policy()
                .asOfDate()
                .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))));
  }

  private EndpointCollector newEndpoints() {
    return settings.endpoints()
        ? EndpointCollector.of(settings.identifier(), settings.policy())
        : EndpointCollector.off();
  }

  /** The sweep; stopped and interrupted, what finished is kept and its figures are estimated. */
  private SweepStats sweep(SilentRows silent, SweepProgress progress)
      throws IOException, InterruptedException {
    try (Sweeper sweeper = Sweeper.open(settings.sweep(), context)) {
      long started = context.ticker().nanos();
      try {
        return sweeper.sweep(
            stop.guard(settings.targets().iterator()),
            probe -> onResult(probe, gathered(), silent, progress),
            progress);
      } catch (InterruptedException e) {
        if (!stop.requested()) {
          throw e;
        }
        // Stopped, and the drain took longer than the caller's grace: what finished is kept.
        LOG.debug("sweep interrupted after a stop request ({})", stop.reason());
        return new SweepStats(
            progress.issued(),
            progress.packetsSent(),
            0,
            0,
            0,
            0,
            java.time.Duration.ofNanos(context.ticker().nanos() - started));
      }
    } finally {
      progress.sweepEnded();
    }
  }

  /** One target's result: judged, counted, and its neighbours noted when it answered. */
  private void onResult(ProbeResult probe, Gathered g, SilentRows silent, SweepProgress progress) {
    AuditStatus status = judge(probe, g, silent);
    g.counts().merge(status, 1L, Long::sum);
    progress.onResult(status);
    if (probe.status() == ProbeStatus.ANSWERED) {
      g.audited().add(probe.address());
      for (Neighbour n : NeighbourReader.read(probe.address(), probe.inventory())) {
        g.neighbours().putIfAbsent(n.key(), n);
      }
    }
  }

  /** Writes the reports (under the incomplete names when {@code cut}) and records the run. */
  private AuditSummary publish(Gathered g, SilentRows silent, SweepStats stats, boolean cut) {
    ReportRows endpointRows = g.endpoints().rows();
    ComplianceTally tally = g.ledger().tally();
    warnAbout(tally);
    ReportPublisher publisher = new ReportPublisher(stdout, clock, tally);
    ReportContent content = null;
    String unreadable = "";
    try {
      content =
          publisher.content(
              settings,
              g.rows(),
              silent,
              g.raw(),
              g.counts(),
              stats,
              decorate,
              history,
              endpointRows,
              g.csv());
    } catch (RuntimeException e) {
      unreadable = ReportPublisher.why(e);
      LOG.debug("report rows cannot be read", e);
    }
    List<String> problems =
        publisher.publish(
            cut ? StopRequest.incompleteOutputs(settings.outputs()) : settings.outputs(),
            content,
            unreadable);
    long written = g.rows().size() + silent.size() + endpointRows.size();
    AuditSummary summary =
        new AuditSummary(
            g.counts(),
            g.beyondTargets(),
            stats,
            (int) Math.min(Integer.MAX_VALUE, written),
            problems.isEmpty(),
            String.join("; ", problems),
            tally,
            g.endpoints().counts());
    if (!cut && content != null) {
      recorder.record(content, summary);
    }
    return summary;
  }

  /** Expired waivers that still match findings are a warning: those findings count again. */
  private static void warnAbout(ComplianceTally tally) {
    for (String expired : tally.expiredWaivers()) {
      LOG.warn("waiver {}: its findings count again (renew or remove it)", expired);
    }
  }

  private AuditStatus judge(ProbeResult probe, Gathered g, SilentRows silent) {
    if (probe.status() == ProbeStatus.ANSWERED || probe.status() == ProbeStatus.ENGINE_ID_ONLY) {
      Identifier identifier = settings.identifier();
      Observations obs = ObservationsBuilder.of(probe);
      Identification id = identifier.identify(obs);
      Verdict verdict = settings.policy().judge(id);
      List<String> skipped =
          probe.status() == ProbeStatus.ANSWERED ? g.endpoints().read(probe) : List.of();
      ReportRow row =
          RowBuilder.answered(
              probe, id, verdict, Product.ofDevice(identifier, obs, verdict.vendor()), skipped);
      row = g.ledger().settle(row, verdict, obs, identifier.details().serial(obs).orElse(""));
      if (probe.system() != null) {
        RowBuilder.keepRawBytes(probe.system(), row, g.raw());
      }
      keep(row, g);
      addComponents(probe, obs, id, g);
      return verdict.status();
    }
    AuditStatus status =
        probe.status() == ProbeStatus.ERROR
            ? AuditStatus.ERROR
            : probe.status() == ProbeStatus.AUTH_FAILED
                ? AuditStatus.AUTH_FAILED
                : AuditStatus.NO_RESPONSE;
    // An address that sent garbage or an SNMP error is a device the audit could not judge: it
    // gets a row. Silence gets one only when asked for.
    if (status == AuditStatus.NO_RESPONSE
        && settings.allTargets()
        && probe.version() == null
        && probe.credential().isEmpty()
        && SilentRows.accepts(probe.address())) {
      silent.add(probe.address(), probe.polledAt(), probe.detail()); // the usual case: off the heap
    } else if (status == AuditStatus.ERROR
        || status == AuditStatus.AUTH_FAILED
        || settings.allTargets()) {
      keep(RowBuilder.unanswered(probe, status), g);
    }
    return status;
  }

  /**
   * Components made by a restricted or review maker other than the chassis maker are findings of
   * their own. Entities alike (same maker, class and model: e.g. 48 ports) make one row.
   */
  private void addComponents(
      ProbeResult probe, Observations obs, Identification chassis, Gathered g) {
    Map<String, List<ComponentIdentification>> alike = new LinkedHashMap<>();
    for (ComponentIdentification c : settings.identifier().components(obs, chassis.vendor())) {
      String key =
          c.identification().vendor().map(v -> v.id()).orElse("")
              + "|"
              + c.row().physicalClass()
              + "|"
              + c.row().modelName();
      alike.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    String chassisName = chassis.vendor().map(v -> v.name()).orElse("");
    for (List<ComponentIdentification> group : alike.values()) {
      ComponentIdentification first = group.get(0);
      Verdict verdict = settings.policy().judge(first.identification());
      if (verdict.status() == AuditStatus.RESTRICTED || verdict.status() == AuditStatus.REVIEW) {
        keep(
            g.ledger()
                .settle(
                    RowBuilder.component(
                        probe,
                        first.row(),
                        first.identification(),
                        verdict,
                        Product.ofComponent(settings.identifier(), first.row(), verdict.vendor()),
                        chassisName,
                        group.size()),
                    verdict,
                    obs,
                    first.row().serial()),
            g);
        g.beyondTargets().merge(verdict.status(), 1L, Long::sum);
      }
    }
  }

  /**
   * Neighbours this run did not audit itself (not a target, or it did not answer us) get their own
   * row.
   */
  private void addNeighbours(
      Collection<Neighbour> neighbours,
      Set<InetAddress> audited,
      List<ReportRow> rows,
      Map<AuditStatus, Long> beyond,
      FindingLedger ledger) {
    Instant at = clock.instant();
    for (Neighbour n : neighbours) {
      if (n.managementAddress() != null && audited.contains(n.managementAddress())) {
        continue;
      }
      Identification id = settings.identifier().identify(ObservationsBuilder.of(n));
      Verdict verdict = settings.policy().judge(id);
      ReportRow row = RowBuilder.neighbour(n, id, verdict, at);
      if (n.chassisMac() != null && settings.endpoints()) {
        // Its chassis MAC is this row's, not an endpoint's: every MAC of the run is in one row.
        row =
            row.withMacFacts(new MacFacts(List.of(n.chassisMac().toString()), "", null, List.of()));
      }
      rows.add(ledger.settle(row, verdict, null, ""));
      beyond.merge(verdict.status(), 1L, Long::sum);
    }
  }
}
