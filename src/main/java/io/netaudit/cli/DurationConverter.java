package io.netaudit.cli;

import io.netaudit.scan.SweepSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Parses durations as admins write them: {@code 1500ms}, {@code 2s}, {@code 1.5s}, {@code 1m}; a
 * bare number is seconds, as nmap's timing options and {@code snmpwalk -t} read it ({@code
 * --timeout 2} waits two seconds, not two milliseconds). The range is {@link
 * SweepSettings#TIMEOUT}'s (the timeout is the only duration option).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a duration (examples: 1500ms, 2s, 1m)");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = unit.equals("ms") ? amount : unit.equals("s") ? amount * 1000 : amount * 60_000;
    // The range is checked on the exact value, before rounding to whole milliseconds.
    String problem = SweepSettings.TIMEOUT.problem(Duration.ofNanos(Math.round(millis * 1e6)));
    if (problem != null) {
      throw new CommandLine.TypeConversionException(problem);
    }
    return Duration.ofMillis(Math.round(millis));
  }
}
