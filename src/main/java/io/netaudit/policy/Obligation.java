package io.netaudit.policy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of {@code obligations.csv}: what an advisory requires, from which networks, by when.
 *
 * @param advisory the advisory it belongs to
 * @param kind what the obligation asks
 * @param what what must go (or must not be bought), in the source's terms
 * @param networks which networks or organisations it binds
 * @param deadline the date by which it must be met; empty when the source sets none
 * @param reliability the label of the source
 * @param source where it comes from
 */
public record Obligation(
    Advisory advisory,
    Kind kind,
    String what,
    String networks,
    Optional<LocalDate> deadline,
    Reliability reliability,
    String source) {

  /** What an obligation asks. Only REMOVE obligations give a report's {@code deadline}. */
  public enum Kind {
    /** Equipment already in place must be gone (or no longer used) by the deadline. */
    REMOVE,
    /** A cap on how much may remain by the deadline (UK full-fibre 35 %). */
    LIMIT,
    /** Nothing new may be bought or installed from the date on. */
    NO_NEW,
    /** The risk must be assessed and managed; no removal date (NÚKIB). */
    ASSESS;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Kind> parse(String text) {
      try {
        return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  /** One line for a verdict or a listing, e.g. "2027-12-31 UK-DVD-2022: all Huawei out of 5G". */
  public String describe() {
    return deadline.map(d -> d + " ").orElse("")
        + advisory.id()
        + " ("
        + kind.label()
        + "): "
        + what
        + " ["
        + networks
        + "]";
  }
}
