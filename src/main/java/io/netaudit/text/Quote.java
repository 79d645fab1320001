package io.netaudit.text;

/**
 * Device text quoted inside an evidence line, e.g. {@code sysObjectID "1.3.6.1.4.1.2011.2.23"}: in
 * double quotes, at most {@value #MAX_CHARS} characters followed by "..." when longer, and every
 * ISO control character and U+2028/U+2029 replaced by a space, so the quotation stays on one line
 * and short. The quotation is not escaped for any format: each report writer escapes the whole
 * evidence line in its own syntax.
 */
public final class Quote {
  /** The most characters (UTF-16 units) of device text an evidence line quotes. */
  public static final int MAX_CHARS = 60;

  private Quote() {}

  /** s in double quotes, shortened and on one line; null is quoted as "". */
  public static String of(String s) {
    String text = s == null ? "" : s;
    StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 5).append('"');
    for (int i = 0; i < text.length() && i < MAX_CHARS; i++) {
      char c = text.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    if (text.length() > MAX_CHARS) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}
