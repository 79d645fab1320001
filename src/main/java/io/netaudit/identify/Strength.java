package io.netaudit.identify;

/**
 * How much a single signal says about the maker; see {@code package-info.java} for the decision
 * rules.
 */
public enum Strength {
  DEFINITIVE,
  WEAK
}
