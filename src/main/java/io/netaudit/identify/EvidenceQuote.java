package io.netaudit.identify;

/**
 * How evidence and notes quote device text: one line, in double quotes, at most 60 characters (then
 * {@code ...}), control characters and line/paragraph separators as spaces. Device text is the
 * device's to choose, so it is always shown quoted and never lets a line break into a report cell.
 */
final class EvidenceQuote {
  private static final int MAX = 60;

  private EvidenceQuote() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 5).append('"');
    int n = 0;
    for (int i = 0; i < s.length() && n < MAX; i++, n++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    if (s.length() > MAX) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}
