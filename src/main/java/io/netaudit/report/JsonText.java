package io.netaudit.report;

/**
 * A minimal, strict JSON string encoder (RFC 8259), so the report needs no JSON library. Quote and
 * backslash are escaped; every C0 control, DEL and C1 control (a sysDescr may carry ANSI escapes or
 * NULs) becomes <code>&#92;u00XX</code> (with the short forms \b \f \n \r \t); U+2028/U+2029 are
 * escaped so a line is also safe inside JavaScript; a lone UTF-16 surrogate cannot be encoded as
 * UTF-8 and becomes U+FFFD, as in {@link CellSanitizer}. Everything else, including non-BMP
 * characters, is written as itself (the file is UTF-8).
 */
public final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** The quoted JSON string for s; null is written as the empty string "". */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder((s == null ? 0 : s.length()) + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    if (s != null) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
              out.append("\\u")
                  .append(HEX[c >> 12])
                  .append(HEX[(c >> 8) & 0xf])
                  .append(HEX[(c >> 4) & 0xf])
                  .append(HEX[c & 0xf]);
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
      }
    }
    out.append('"');
  }
}
