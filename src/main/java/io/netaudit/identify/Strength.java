package io.netaudit.identify;

/**
 * How much a single signal says about the maker; see {@code package-info.java} for the decision
 * rules.
 */
public enum Strength {
  DEFINITIVE,
  WEAK;

  /** How evidence text marks its strength: {@code " (weak)"} for WEAK, nothing otherwise. */
  String tag() {
    return this == WEAK ? " (weak)" : "";
  }
}
