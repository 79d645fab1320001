package io.netaudit.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date of a corporate fact as precise as its source: a year ({@code 2007}), a month ({@code
 * 2017-05}) or a day ({@code 2017-05-25}). Written back exactly as read, so a verdict never claims
 * more precision than the source gave. Ordered by the first day it can mean.
 */
public record FactDate(String text, LocalDate first) implements Comparable<FactDate> {

  static Optional<FactDate> parse(String text) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        return Optional.of(new FactDate(t, LocalDate.of(Integer.parseInt(t), 1, 1)));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return Optional.of(new FactDate(t, YearMonth.parse(t).atDay(1)));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(new FactDate(t, LocalDate.parse(t)));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(FactDate o) {
    return first.compareTo(o.first);
  }

  @Override
  public String toString() {
    return text;
  }
}
