package io.netaudit.scan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * A bounded option of {@code netaudit scan}, defined once: its key (the long option name without
 * dashes, which is also its configuration-file key), its default, its range, and the message for a
 * value outside it. The command line, the configuration files and the settings records all take the
 * default and check the range through it, so they cannot disagree.
 *
 * @param defaultValue null when there is none, or when it is derived from other options (the
 *     window)
 * @param format how a value is written, in messages and as the command line's default text
 * @param unit appended to the range in messages ("packets/s"), or ""
 */
public record ScanOption<T extends Comparable<? super T>>(
    String key, T defaultValue, T min, T max, Function<? super T, String> format, String unit) {

  public ScanOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(unit, "unit");
    if (outside(min, min, max) || defaultValue != null && outside(defaultValue, min, max)) {
      throw new IllegalArgumentException(key + ": the range is empty or misses the default");
    }
  }

  private static <T extends Comparable<? super T>> boolean outside(T value, T min, T max) {
    return value.compareTo(min) < 0 || value.compareTo(max) > 0;
  }

  /** A whole-number option. */
  public static ScanOption<Integer> ints(String key, Integer defaultValue, int min, int max) {
    return new ScanOption<>(key, defaultValue, min, max, String::valueOf, "");
  }

  /** A decimal option; whole values are written without a fraction ("5000", not "5000.0"). */
  public static ScanOption<Double> decimals(
      String key, Double defaultValue, double min, double max, String unit) {
    return new ScanOption<>(key, defaultValue, min, max, ScanOption::decimal, unit);
  }

  /** A duration option, written in the largest exact unit of m, s and ms ("1s", "1500ms"). */
  public static ScanOption<Duration> durations(
      String key, Duration defaultValue, Duration min, Duration max) {
    return new ScanOption<>(key, defaultValue, min, max, ScanOption::duration, "");
  }

  /** The default as the command line and configuration files write it; null when there is none. */
  public String defaultText() {
    return defaultValue == null ? null : format.apply(defaultValue);
  }

  /** Null when {@code value} is allowed, else why not: {@code "70000 is not in 1-65535"}. */
  public String problem(T value) {
    if (!outside(value, min, max)) {
      return null;
    }
    return format.apply(value)
        + " is not in "
        + format.apply(min)
        + "-"
        + format.apply(max)
        + (unit.isEmpty() ? "" : " " + unit);
  }

  /**
   * As {@link #problem}, for a value of unknown type (a parsed command-line option): null also when
   * {@code value} is null or not of this option's type.
   */
  @SuppressWarnings("unchecked") // min's class is T
  public String problemOf(Object value) {
    return value != null && value.getClass() == min.getClass() ? problem((T) value) : null;
  }

  /**
   * {@code value} when allowed; else an IllegalArgumentException: "port 70000 is not in 1-65535".
   */
  public T require(T value) {
    Objects.requireNonNull(value, key);
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(key + " " + problem);
    }
    return value;
  }

  private static String decimal(Double d) {
    if (d.isNaN() || d.isInfinite()) {
      return d.toString();
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString(d.longValue())
        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String duration(Duration d) {
    BigDecimal millis =
        BigDecimal.valueOf(d.getSeconds())
            .scaleByPowerOfTen(3)
            .add(BigDecimal.valueOf(d.getNano(), 6));
    BigDecimal[] minutes = millis.divideAndRemainder(BigDecimal.valueOf(60_000));
    BigDecimal[] seconds = millis.divideAndRemainder(BigDecimal.valueOf(1_000));
    if (millis.signum() != 0 && minutes[1].signum() == 0) {
      return minutes[0].toBigInteger() + "m";
    }
    if (millis.signum() != 0 && seconds[1].signum() == 0) {
      return seconds[0].toBigInteger() + "s";
    }
    return millis.stripTrailingZeros().toPlainString() + "ms";
  }
}
