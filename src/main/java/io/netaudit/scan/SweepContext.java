package io.netaudit.scan;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the sweep engine takes from its caller instead of reaching for process-wide state: the
 * composition root (the CLI) builds one per run.
 *
 * @param clock wall-clock time, for the polled-at time of each result
 * @param ticker monotonic time, for pacing, deadlines, budgets and the elapsed time
 * @param secrets receives every secret the engine derives itself (SNMPv3 localised keys), so the
 *     log masker can hide them; the credentials' own secrets are the loader's to register
 */
public record SweepContext(Clock clock, Ticker ticker, Consumer<byte[]> secrets) {
  public SweepContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(secrets, "secrets");
  }
}
