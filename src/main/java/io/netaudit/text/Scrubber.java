package io.netaudit.text;

/**
 * The one loop behind {@link Html}, {@link VisibleText} and {@link JsonText}: every rule walks
 * device text the same way and differs only in what it replaces. A UTF-16 surrogate pair is always
 * kept whole and a lone surrogate always becomes U+FFFD (it cannot be encoded as UTF-8), whatever
 * the rule.
 */
final class Scrubber {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** What one rule does with a character that is not part of a line break or a surrogate. */
  @FunctionalInterface
  interface Rule {
    /** The replacement for c, or null to keep c as it is. */
    String replace(char c);
  }

  private final String lineBreak;
  private final Rule rule;

  /**
   * Whether each ASCII character is copied as it is, asked of the rule once here rather than for
   * every character of every text: a report's cells are nearly all ASCII, and scrubbing them one
   * rule call per character was a third of writing a CSV report (JFR, docs/benchmarks.md).
   */
  private final boolean[] asciiKept = new boolean[128];

  /**
   * @param lineBreak what CR LF, a lone CR and a lone LF become; null leaves CR and LF to the rule,
   *     one character at a time
   * @param rule a function of the character alone
   */
  Scrubber(String lineBreak, Rule rule) {
    this.lineBreak = lineBreak;
    this.rule = rule;
    for (char c = 0; c < asciiKept.length; c++) {
      asciiKept[c] = !(lineBreak != null && (c == '\r' || c == '\n')) && rule.replace(c) == null;
    }
  }

  void appendTo(StringBuilder out, String s) {
    appendFrom(out, s, 0);
  }

  private void appendFrom(StringBuilder out, String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (lineBreak != null && (c == '\r' || c == '\n')) {
        out.append(lineBreak);
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        continue;
      }
      String replacement = rule.replace(c);
      if (replacement != null) {
        out.append(replacement);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
  }

  /** The result for s; null and "" give "". */
  String apply(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    int first = firstToChange(s);
    if (first < 0) {
      return s; // most text needs nothing: no copy (a report has millions of cells)
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    out.append(s, 0, first);
    appendFrom(out, s, first);
    return out.toString();
  }

  /** The index of the first character {@link #appendTo} would not copy as it is, or -1. */
  private int firstToChange(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < asciiKept.length
          ? !asciiKept[c]
          : Character.isSurrogate(c) || rule.replace(c) != null) {
        return i;
      }
    }
    return -1;
  }

  /** C0 controls, DEL and C1 controls: never allowed raw in a cell, a terminal line or HTML. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** A control character as the visible text {@code \xNN}. */
  static String visibleHex(char c) {
    return new String(new char[] {'\\', 'x', HEX[(c >> 4) & 0xf], HEX[c & 0xf]});
  }

  /** A character as the JSON/JavaScript escape {@code \\uXXXX}. */
  static String unicodeEscape(char c) {
    return new String(
        new char[] {
          '\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]
        });
  }
}
