package io.netaudit.audit;

import io.netaudit.report.ReportFormat;
import java.net.InetAddress;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A request to stop a run early (SIGINT/SIGTERM). Once requested, {@link AuditRun} hands the sweep
 * no further target, lets the targets in flight finish (or, if the caller interrupts the sweeping
 * thread after a grace period, drops them), and publishes what it has under the {@link
 * #INCOMPLETE_SUFFIX incomplete} names, never under the final ones. Thread-safe: requested from a
 * signal thread, read by the sweep.
 */
public final class StopRequest {
  /** Appended to every report name of a stopped run: {@code report.csv.incomplete}. */
  public static final String INCOMPLETE_SUFFIX = ".incomplete";

  private volatile String reason;
  private volatile int exitCode;
  private boolean sealed;
  private String late;

  /**
   * @return false if a stop was already requested (the first reason and code stay). After {@link
   *     #seal} (the sweep is over and the complete report is being written) a first request is
   *     taken but changes nothing: {@link #requested} stays false and the report is finished under
   *     its final name ({@link #arrivedLate}).
   */
  public synchronized boolean request(String why, int code) {
    if (reason != null || late != null) {
      return false;
    }
    if (sealed) {
      late = why;
      return true;
    }
    exitCode = code;
    reason = why;
    return true;
  }

  /**
   * The sweep is over: from now on a request no longer cuts the run. Returns whether it was cut.
   */
  synchronized boolean seal() {
    sealed = true;
    return reason != null;
  }

  /** A stop asked for after the sweep ended (the report was completed anyway), or null. */
  public synchronized String arrivedLate() {
    return late;
  }

  public boolean requested() {
    return reason != null;
  }

  /** What stopped the run (e.g. "SIGTERM"), or null. */
  public String reason() {
    return reason;
  }

  public int exitCode() {
    return exitCode;
  }

  /** The targets, ending early once a stop is requested. */
  Iterator<InetAddress> guard(Iterator<InetAddress> targets) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !requested() && targets.hasNext();
      }

      @Override
      public InetAddress next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return targets.next();
      }
    };
  }

  /**
   * The outputs of a stopped run: each file name plus the suffix; stdout gets nothing (a pipe
   * cannot be marked).
   */
  public static Map<ReportFormat, String> incompleteOutputs(Map<ReportFormat, String> outputs) {
    Map<ReportFormat, String> out = new EnumMap<>(ReportFormat.class);
    outputs.forEach(
        (format, target) -> {
          if (!"-".equals(target)) {
            out.put(format, target + INCOMPLETE_SUFFIX);
          }
        });
    return out;
  }
}
