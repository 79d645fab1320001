package io.netaudit.policy;

import io.netaudit.text.CsvTable;
import java.util.Locale;
import java.util.Optional;

/**
 * How well a fact of the policy data is sourced, with the labels of the research notes ({@code
 * affiliates-oem-deadlines.md}): P primary/official text, S reputable secondary source, C community
 * evidence (good for technical recognition, weak for corporate facts), UNVERIFIED found in no
 * source read. Only P and S facts may make a RESTRICTED verdict; C and UNVERIFIED ones make REVIEW
 * at most.
 */
public enum Reliability {
  P,
  S,
  C,
  UNVERIFIED;

  /** Whether a restriction may rest on a fact of this reliability. */
  public boolean mayRestrict() {
    return this == P || this == S;
  }

  /** The weaker of two labels (a chain of facts is as reliable as its weakest link). */
  public Reliability weaker(Reliability other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** A row's {@code reliability} cell, refused with the row's file:line when it is no label. */
  static Reliability ofRow(CsvTable.Row row) throws PolicyException {
    return parse(row.get("reliability"))
        .orElseThrow(
            () ->
                PolicyException.at(
                    row,
                    "bad reliability '"
                        + row.get("reliability")
                        + "', expected P, S, C or UNVERIFIED"));
  }

  /** The label as written in the files: P, S, C or UNVERIFIED (case-insensitive). */
  static Optional<Reliability> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
