package io.netaudit.cli;

import io.netaudit.audit.SweepProgress;
import io.netaudit.scan.Ticker;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one-line live status of a scan on a terminal's stderr, redrawn in place ({@code \r}, the
 * line, then clear-to-end-of-line) about four times a second: targets started out of the total (an
 * upper bound: the target set's size before de-duplication and exclusion), how many answered,
 * findings (RESTRICTED + REVIEW), the packet rate and an estimate of the time left, both over the
 * last two seconds or so. {@link #close()} stops the redraws and erases the line, so what follows
 * (the summary) starts on a clean line.
 *
 * <p>The numbers come from a {@link SweepProgress} that the sweep updates without locks; this class
 * only reads it. Time comes from a nanosecond ticker, so a test can call {@link #frame()} with a
 * fake clock and get exact lines.
 */
final class ProgressMeter implements AutoCloseable {
  static final long PERIOD_MILLIS = 250;

  /** ANSI "erase to end of line". */
  static final String CLEAR_EOL = "\u001b[K";

  /** Samples kept for the rates: with a 250 ms period, about two seconds. */
  private static final int WINDOW = 9;

  /** When to show it: {@code --progress=auto|always|never}. */
  enum Mode {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final PrintStream err;
  private final SweepProgress progress;
  private final long total;
  private final Ticker ticker;
  private final int width;
  private final long[] times = new long[WINDOW];
  private final long[] sent = new long[WINDOW];
  private final long[] finished = new long[WINDOW];
  private int samples;
  private int next;
  private final Object lock = new Object();
  private boolean closed;
  private boolean drawn;
  private ScheduledExecutorService executor;

  /**
   * @param total how many targets at most (e.g. {@code TargetSet.maxSize()})
   * @param ticker monotonic nanoseconds (the run's {@link Ticker})
   * @param width terminal columns; the line is cut to {@code width - 1} so it never wraps
   */
  ProgressMeter(PrintStream err, SweepProgress progress, long total, Ticker ticker, int width) {
    this.err = err;
    this.progress = progress;
    this.total = total;
    this.ticker = ticker;
    this.width = Math.max(20, width);
  }

  /** A meter redrawn every {@link #PERIOD_MILLIS} ms by a daemon thread until {@link #close()}. */
  static ProgressMeter start(
      PrintStream err, SweepProgress progress, long total, Map<String, String> env, Ticker ticker) {
    ProgressMeter meter = new ProgressMeter(err, progress, total, ticker, columns(env));
    meter.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "netaudit-progress");
              t.setDaemon(true);
              return t;
            });
    meter.draw(); // at once, so even a short scan shows where it stands
    meter.executor.scheduleAtFixedRate(
        meter::draw, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return meter;
  }

  /**
   * Whether to show the meter. Never with {@code quiet}. {@code auto} shows it only when stderr is
   * a terminal that can redraw a line: TERM set and not "dumb", and stderr a terminal, which the
   * launcher tells us in NETAUDIT_STDERR_TTY (1 or 0; Java cannot ask about stderr itself), or
   * failing that a console is attached ({@code System.console() != null}: stdin and stdout are
   * terminals). {@code auto} also stays off with -v, whose log lines would be drawn over.
   */
  static boolean wanted(
      Mode mode, boolean quiet, int verbosity, Map<String, String> env, boolean consolePresent) {
    if (quiet || mode == Mode.NEVER) {
      return false;
    }
    if (mode == Mode.ALWAYS) {
      return true;
    }
    String term = env.get("TERM");
    if (term == null || term.isBlank() || term.equalsIgnoreCase("dumb") || verbosity > 0) {
      return false;
    }
    String tty = env.get("NETAUDIT_STDERR_TTY");
    if (tty != null && !tty.isBlank()) {
      return tty.strip().equals("1");
    }
    return consolePresent;
  }

  static int columns(Map<String, String> env) {
    try {
      int c = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
      return c > 0 ? c : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** Samples the counters now and returns the status line (no control characters). */
  String frame() {
    long now = ticker.nanos();
    long issuedNow = progress.issued();
    long sentNow = progress.packetsSent();
    long finishedNow = progress.finished();
    int oldest = samples < WINDOW ? 0 : next;
    boolean haveRate = samples > 0 && now - times[oldest] > 0;
    double seconds = haveRate ? (now - times[oldest]) / 1e9 : 0;
    double packetRate = haveRate ? (sentNow - sent[oldest]) / seconds : 0;
    double finishRate = haveRate ? (finishedNow - finished[oldest]) / seconds : 0;
    times[next] = now;
    sent[next] = sentNow;
    finished[next] = finishedNow;
    next = (next + 1) % WINDOW;
    samples = Math.min(WINDOW, samples + 1);

    long shownTotal = Math.max(total, issuedNow);
    long remaining = Math.max(0, shownTotal - finishedNow);
    String eta =
        remaining == 0
            ? "0:00"
            : finishRate > 0 ? duration((long) Math.ceil(remaining / finishRate)) : "--";
    String rate = haveRate ? String.format(Locale.ROOT, "%.0f", packetRate) : "-";
    String line = line(true, false, issuedNow, shownTotal, rate, eta);
    if (line.length() >= width) {
      line = line(false, true, issuedNow, shownTotal, rate, eta); // e.g. a /8 on 80 columns
    }
    return line.length() < width ? line : line.substring(0, width - 1);
  }

  private String line(
      boolean prefix, boolean compact, long issuedNow, long shownTotal, String rate, String eta) {
    StringBuilder line = new StringBuilder(96);
    if (prefix) {
      line.append("netaudit: ");
    }
    line.append(count(issuedNow, compact))
        .append('/')
        .append(count(shownTotal, compact))
        .append(" sent");
    if (shownTotal > 0) {
      line.append(" (").append(issuedNow * 100 / shownTotal).append("%)");
    }
    line.append("  ")
        .append(progress.answered())
        .append(" answered  ")
        .append(progress.findings())
        .append(" findings  ")
        .append(rate)
        .append(" pkt/s  ETA ")
        .append(eta);
    return line.toString();
  }

  /** Exact, or with {@code compact} millions as e.g. 16.8M. */
  static String count(long n, boolean compact) {
    return compact && n >= 1_000_000
        ? String.format(Locale.ROOT, "%.1fM", n / 1e6)
        : Long.toString(n);
  }

  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  /** Draws one frame over the current line, unless closed. */
  void draw() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      try {
        err.print("\r" + frame() + CLEAR_EOL);
        err.flush();
        drawn = true;
      } catch (RuntimeException e) {
        // A display must never break the scan; the next tick tries again.
      }
    }
  }

  /** Stops the redraws and erases the line; idempotent, safe from any thread. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (executor != null) {
        executor.shutdown(); // a draw under way finished before we got the lock; none starts now
      }
      if (drawn) {
        err.print("\r" + CLEAR_EOL);
        err.flush();
      }
    }
  }
}
