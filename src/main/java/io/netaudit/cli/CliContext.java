package io.netaudit.cli;

import io.netaudit.scan.Ticker;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * The outside world a command may touch: streams, environment, the wall clock and the monotonic
 * ticker. Tests pass their own, so the CLI runs in-process with nothing global changed.
 */
public record CliContext(
    PrintStream out,
    PrintStream err,
    InputStream in,
    Map<String, String> env,
    Clock clock,
    Ticker ticker) {
  /** With the system's monotonic ticker. */
  public CliContext(
      PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock) {
    this(out, err, in, env, clock, Ticker.SYSTEM);
  }

  public static CliContext system() {
    return new CliContext(
        System.out, System.err, System.in, System.getenv(), Clock.systemUTC(), Ticker.SYSTEM);
  }
}
