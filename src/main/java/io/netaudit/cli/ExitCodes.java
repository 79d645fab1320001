package io.netaudit.cli;

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

  private ExitCodes() {}
}
