package io.netaudit.identify;

import io.netaudit.snmp.Reads;

/**
 * One source of identification evidence: what it needs the scan to read ({@link #reads()}), and the
 * evidence and notes it draws from what was read ({@link #collect}). Signals run in the order
 * {@link Identifier} registers them, which is the precedence among definitive evidence; a signal
 * may look at the evidence of the signals before it ({@link Findings#evidence()}).
 *
 * <p>Implementations are pure functions of the observations, the catalogue and the registries:
 * thread-safe, and they never throw on device data (malformed input gives a note).
 */
interface Signal {

  /** The objects and tables this signal reads; the scan's inventory plan includes them. */
  Reads reads();

  /** Adds this signal's evidence and notes about {@code o} to {@code found}. */
  void collect(Observations o, Findings found);
}
