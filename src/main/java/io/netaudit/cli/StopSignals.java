package io.netaudit.cli;

import io.netaudit.audit.StopRequest;
import io.netaudit.audit.SweepProgress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM for the real process. While a scan runs, the first signal asks it to stop: no
 * new target is sent, the requests in flight get {@code grace} (timeout x attempts) to finish, then
 * the sweeping thread is interrupted; the scan writes what it has as {@code <name>.incomplete} and
 * exits 130/143. Outside a scan, and on a second signal, the process ends at once with 130/143 (an
 * atomic report write that is cut short leaves only a temp file, never a truncated report). Only
 * {@link Cli#run(String...)} installs the handlers: in-process runs (tests) keep the JVM's.
 */
final class StopSignals {
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();
  private static volatile Active active;

  private StopSignals() {}

  /** A scan that signals may stop. */
  record Active(
      StopRequest stop,
      Thread thread,
      SweepProgress progress,
      Duration grace,
      java.io.PrintStream err) {}

  static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), StopSignals::onSignal);
      } catch (IllegalArgumentException e) {
        // not on this platform, or the JVM runs with -Xrs: the default handling stays
      }
    }
  }

  /** Registers the running scan; close the result when it is over. */
  static AutoCloseable register(
      StopRequest stop, SweepProgress progress, Duration grace, java.io.PrintStream err) {
    Active a = new Active(stop, Thread.currentThread(), progress, grace, err);
    active = a;
    return () -> {
      if (active == a) {
        active = null;
      }
    };
  }

  private static void onSignal(Signal signal) {
    String name = "SIG" + signal.getName();
    int code = 128 + signal.getNumber();
    Active a = active;
    if (a == null || !stop(a, name, code)) {
      System.err.println("netaudit: " + name + ": stopping now");
      System.err.flush();
      Runtime.getRuntime().halt(code);
    }
  }

  /**
   * Asks the scan to stop; false if it was already asked (a second signal). Package-private so that
   * tests can stop an in-process scan exactly as a signal would.
   */
  static boolean stop(Active a, String name, int code) {
    if (!a.stop().request(name, code)) {
      return false;
    }
    if (!a.stop().requested()) {
      a.err()
          .println(
              "netaudit: "
                  + name
                  + ": the sweep is over; finishing the complete report (a second signal "
                  + "ends the process at once)");
      return true;
    }
    a.err()
        .println(
            "netaudit: "
                + name
                + ": no new targets; finishing the requests in flight (up to "
                + a.grace().toMillis() / 1000.0
                + " s), then writing an incomplete report");
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(a.grace().toMillis());
              } catch (InterruptedException e) {
                return;
              }
              a.progress().interruptSweep(a.thread());
            },
            "netaudit-stop");
    watchdog.setDaemon(true);
    watchdog.start();
    return true;
  }

  /** The running scan, if any (tests). */
  static Active active() {
    return active;
  }
}
