package io.netaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * One item of a row's evidence: a signal that points at a maker, a conflict between signals, the
 * platform the device is built on, a remark, or the policy's verdict. Device text inside {@code
 * text} is already quoted (see {@code io.netaudit.text.Quote}) but not escaped: each writer escapes
 * it in its own syntax, and it may contain anything, the CSV's {@value #SEPARATOR} included.
 *
 * @param kind what the item is
 * @param source for a signal or platform, where it came from, e.g. {@code sys_object_id}, {@code
 *     oui}; null otherwise
 * @param strength for a signal or platform, how much it says alone ({@code definitive}, {@code
 *     weak}); null otherwise
 * @param text the statement, one line, without the kind's prefix
 */
public record EvidenceItem(Kind kind, String source, String strength, String text) {
  /** What joins the items of one row in the flat formats (CSV, JSON Lines v1). */
  public static final String SEPARATOR = " ; ";

  /** What an item is; the prefix is how the flat formats mark it. */
  public enum Kind {
    SIGNAL(""),
    CONFLICT("conflict: "),
    PLATFORM("platform: "),
    NOTE(""),
    /** The earliest removal obligation of a RESTRICTED finding. */
    DEADLINE("deadline: "),
    /** The approved exception that matched the finding. */
    WAIVER("waiver: "),
    VERDICT("verdict: ");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  public EvidenceItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static EvidenceItem signal(String source, String strength, String text) {
    return new EvidenceItem(Kind.SIGNAL, source, strength, text);
  }

  public static EvidenceItem conflict(String text) {
    return new EvidenceItem(Kind.CONFLICT, null, null, text);
  }

  public static EvidenceItem platform(String source, String strength, String text) {
    return new EvidenceItem(Kind.PLATFORM, source, strength, text);
  }

  public static EvidenceItem note(String text) {
    return new EvidenceItem(Kind.NOTE, null, null, text);
  }

  public static EvidenceItem deadline(String text) {
    return new EvidenceItem(Kind.DEADLINE, null, null, text);
  }

  public static EvidenceItem waiver(String text) {
    return new EvidenceItem(Kind.WAIVER, null, null, text);
  }

  public static EvidenceItem verdict(String text) {
    return new EvidenceItem(Kind.VERDICT, null, null, text);
  }

  /** The item as the flat formats write it, e.g. {@code "verdict: Huawei is restricted by ..."}. */
  public String line() {
    return kind.prefix + text;
  }

  /** The items as one flat cell: their lines joined by {@value #SEPARATOR}. */
  public static String join(List<EvidenceItem> items) {
    if (items.size() == 1) {
      return items.get(0).line();
    }
    StringBuilder b = new StringBuilder(items.size() * 64);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(SEPARATOR);
      }
      b.append(items.get(i).kind.prefix).append(items.get(i).text);
    }
    return b.toString();
  }
}
