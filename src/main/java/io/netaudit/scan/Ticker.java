package io.netaudit.scan;

/**
 * A monotonic time source in nanoseconds: only differences between two readings mean anything, as
 * with {@link System#nanoTime()}. The engine reads time only through the one it is given (pacing,
 * request deadlines, inventory budgets, elapsed time), so a test can drive it and no part of the
 * engine depends on the wall clock jumping or not.
 */
@FunctionalInterface
public interface Ticker {
  /** The system's monotonic clock. */
  Ticker SYSTEM = System::nanoTime;

  /** The current reading, in nanoseconds. */
  long nanos();
}
