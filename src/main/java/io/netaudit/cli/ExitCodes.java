package io.netaudit.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes netaudit promises to scripts and cron jobs (README, --help). */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int FAILED = 3;

  /** EX_TEMPFAIL: another run holds the lock; try again later. */
  static final int LOCKED = 75;

  static final int SIGINT = 130;
  static final int SIGTERM = 143;

  /** The exit-code section of {@code --help} and the man pages (root command and {@code scan}). */
  static final Map<String, String> DESCRIPTIONS = descriptions();

  private static Map<String, String> descriptions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(Integer.toString(OK), "audit complete, nothing at or above the --fail-on level");
    d.put(Integer.toString(FINDINGS), "audit complete, findings at or above the --fail-on level");
    d.put(Integer.toString(USAGE), "usage or configuration error (nothing was sent)");
    d.put(
        Integer.toString(FAILED),
        "the run failed, the report is incomplete, or the run could be neither stored nor spooled");
    d.put(Integer.toString(LOCKED), "another run holds the lock (try again later)");
    d.put(Integer.toString(SIGINT), "stopped by SIGINT (report left as <name>.incomplete)");
    d.put(Integer.toString(SIGTERM), "stopped by SIGTERM (report left as <name>.incomplete)");
    return Collections.unmodifiableMap(d);
  }

  private ExitCodes() {}
}
