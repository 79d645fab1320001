package io.netaudit.report;

/**
 * HTML escaping for device-supplied text. The result is safe in element content and in double- or
 * single-quoted attribute values: &amp; &lt; &gt; &quot; &#39; are escaped; CR LF and lone CR
 * become LF; other C0/C1 controls and DEL become a visible "\xNN" (they are not allowed in HTML); a
 * lone surrogate becomes U+FFFD.
 */
public final class Html {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Html() {}

  public static String escape(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        case '\r' -> {
          out.append('\n');
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
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
    return out.toString();
  }
}
