package io.netaudit.policy;

import java.util.Locale;

/**
 * Whom an advisory reaches beyond the makers it names (research notes §0): its group scope (the
 * named companies only, also their subsidiaries, or also their affiliates) and whether it reaches
 * equipment the named companies produce for others, whatever the label on it (OEM / white-label).
 *
 * @param group how far into the corporate family the advisory reaches
 * @param producedForOthers true when the advisory keys on who produced the equipment (NDAA §889:
 *     "equipment produced by"), so OEM equipment of a named maker is covered
 * @param reliability how well that reading is sourced; a restriction inherited through it needs P
 *     or S
 * @param source where the reading comes from (empty for an advisory that reaches only the named
 *     companies)
 */
public record Coverage(
    Group group, boolean producedForOthers, Reliability reliability, String source) {

  /** The named companies only: what an advisory without coverage columns reaches. */
  public static final Coverage NAMED_ONLY =
      new Coverage(Group.NAMED, false, Reliability.UNVERIFIED, "");

  /** How far into the corporate family of a named maker an advisory reaches. */
  public enum Group {
    /** Only the companies it names. */
    NAMED,
    /** Also their subsidiaries (NÚKIB: "včetně jejich dceřiných společností"). */
    SUBSIDIARIES,
    /** Also their subsidiaries and affiliates (NDAA §889, the FCC Covered List). */
    AFFILIATES;

    /** The spelling in advisories.csv: named, subsidiaries, affiliates. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether a maker related to a named one by {@code relation} is reached. */
  public boolean reaches(Relation relation) {
    switch (group) {
      case AFFILIATES:
        return true;
      case SUBSIDIARIES:
        return relation == Relation.SUBSIDIARY;
      default:
        return false;
    }
  }

  /** How a verdict says what the advisory reaches, e.g. "covers subsidiaries and affiliates". */
  public String describe() {
    switch (group) {
      case AFFILIATES:
        return "covers subsidiaries and affiliates";
      case SUBSIDIARIES:
        return "covers subsidiaries";
      default:
        return "names the companies only";
    }
  }
}
