package io.netaudit.identify;

import java.util.Optional;

/**
 * One row of {@code enterprise-numbers.csv}: an IANA Private Enterprise Number and what it says
 * about the maker. {@code vendor} is empty for generic stacks (strength {@link PenStrength#NONE})
 * and may be empty for weak rows.
 */
public record EnterpriseNumber(
    long number, Optional<Vendor> vendor, PenStrength strength, String notes) {

  /**
   * Strength of an enterprise number: like {@link Strength} plus NONE for numbers that say nothing.
   */
  public enum PenStrength {
    DEFINITIVE,
    WEAK,
    NONE
  }
}
