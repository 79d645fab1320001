package io.netaudit.text;

/**
 * A minimal, strict JSON string encoder (RFC 8259). Quote and backslash are escaped; every C0
 * control, DEL and C1 control (a sysDescr may carry ANSI escapes or NULs) becomes <code>
 * &#92;u00XX</code> (with the short forms \b \f \n \r \t); U+2028/U+2029 are escaped so a line is
 * also safe inside JavaScript; a lone UTF-16 surrogate cannot be encoded as UTF-8 and becomes
 * U+FFFD, as in {@link VisibleText}. Everything else, including non-BMP characters, is written as
 * itself (the file is UTF-8).
 */
public final class JsonText {
  private static final Scrubber SCRUBBER =
      new Scrubber(
          null,
          c ->
              switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default ->
                    Scrubber.isControl(c) || c == '\u2028' || c == '\u2029'
                        ? Scrubber.unicodeEscape(c)
                        : null;
              });

  private JsonText() {}

  /** The quoted JSON string for s; null is written as the empty string "". */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder((s == null ? 0 : s.length()) + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** Appends the quoted JSON string for s (null as ""). */
  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    if (s != null) {
      SCRUBBER.appendTo(out, s);
    }
    out.append('"');
  }
}
