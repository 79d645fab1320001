package io.netaudit.audit;

import io.netaudit.report.AuditStatus;
import io.netaudit.scan.SweepListener;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one audit run, written by the sweep (targets started, packets sent) and by
 * {@link AuditRun} (targets finished, answered, findings), read at any time by a display such as
 * the CLI's progress line. Lock-free: each update is one LongAdder increment, so the sweep's hot
 * loop does not slow down; a reader sees each counter as of some recent moment (the counters are
 * not a consistent snapshot together, which a display does not need).
 */
public final class SweepProgress implements SweepListener {
  private final LongAdder issued = new LongAdder();
  private final LongAdder packetsSent = new LongAdder();
  private final LongAdder finished = new LongAdder();
  private final LongAdder answered = new LongAdder();
  private final LongAdder findings = new LongAdder();
  private volatile boolean sweepEnded;
  private volatile Runnable onSweepEnd = () -> {};

  @Override
  public void onIssued() {
    issued.increment();
  }

  @Override
  public void onPacketsSent(int packets) {
    packetsSent.add(packets);
  }

  /** One target is done, in {@code status}. Called by AuditRun's result sink. */
  public void onResult(AuditStatus status) {
    finished.increment();
    switch (status) {
      case RESTRICTED, REVIEW -> {
        answered.increment();
        findings.increment();
      }
      case COMPLIANT, UNIDENTIFIED -> answered.increment();
      default -> {}
    }
  }

  /**
   * Runs {@code action} once when the sweep ends (normally or not), before any report is written,
   * on the thread that ran the audit. Replaces an earlier action.
   */
  public void whenSweepEnds(Runnable action) {
    onSweepEnd = action == null ? () -> {} : action;
  }

  /**
   * Called by AuditRun when the sweep is over, on the sweeping thread. Clears an interrupt that a
   * stop watchdog delivered as the sweep was ending: it was meant for the sweep, and left set it
   * would abort the report write that follows (an interrupted file channel closes itself).
   */
  void sweepEnded() {
    synchronized (this) {
      if (sweepEnded) {
        return;
      }
      sweepEnded = true;
    }
    Thread.interrupted();
    onSweepEnd.run();
  }

  /**
   * Interrupts {@code sweeper} (the thread running the audit) only while the sweep runs; false when
   * it is over. Atomic with {@link #sweepEnded}, so the interrupt can never land in the report
   * write.
   */
  public synchronized boolean interruptSweep(Thread sweeper) {
    if (sweepEnded) {
      return false;
    }
    sweeper.interrupt();
    return true;
  }

  public boolean isSweepEnded() {
    return sweepEnded;
  }

  /** Targets taken from the target set and started. */
  public long issued() {
    return issued.sum();
  }

  /** Datagrams sent, retries and engine discovery included. */
  public long packetsSent() {
    return packetsSent.sum();
  }

  /** Targets done (in any status). */
  public long finished() {
    return finished.sum();
  }

  /**
   * Targets that answered (RESTRICTED, REVIEW, COMPLIANT, UNIDENTIFIED), as in {@link
   * AuditSummary#answered()}.
   */
  public long answered() {
    return answered.sum();
  }

  /** RESTRICTED and REVIEW targets so far. */
  public long findings() {
    return findings.sum();
  }
}
