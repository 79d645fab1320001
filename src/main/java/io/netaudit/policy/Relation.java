package io.netaudit.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * How a maker is tied to its parent in {@code families.csv}. A subsidiary is controlled by the
 * parent (majority or sole ownership); an affiliate is not controlled but owned to more than 10 %
 * (the FCC's test, 47 CFR 2.903) or under common control; a joint venture is an affiliate of each
 * owner. Advisories that reach subsidiaries only (NÚKIB) reach the first kind; those that reach
 * affiliates (NDAA §889, FCC) reach all three.
 */
public enum Relation {
  SUBSIDIARY,
  AFFILIATE,
  JOINT_VENTURE;

  /** The spelling in the file and in verdicts: subsidiary, affiliate, joint venture. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The looser of two ties (a chain is a subsidiary only if every link is). */
  Relation looser(Relation other) {
    return this == SUBSIDIARY ? other : this;
  }

  static Optional<Relation> parse(String text) {
    try {
      return Optional.of(
          valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
