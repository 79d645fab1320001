package io.netaudit.cli;

/** The exit codes netaudit promises to scripts and cron jobs (README, --help). */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int FAILED = 3;


  private ExitCodes() {}
}
