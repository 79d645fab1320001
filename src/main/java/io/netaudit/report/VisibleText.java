package io.netaudit.report;

/**
 * Device text as one visible line: CR, LF and CRLF become the given separator, other C0/C1 control
 * characters and DEL a visible "\xNN" (a sysDescr can carry ANSI escapes or NULs that must never
 * reach a terminal or a cell raw), unpaired UTF-16 surrogates U+FFFD (so the output is valid
 * UTF-8). The one place these rules live: CSV cells, terminal diffs and tables use it.
 */
public final class VisibleText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private VisibleText() {}

  public static String of(String s, String lineBreak) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append(lineBreak);
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        out.append(lineBreak);
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
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
    return out.toString();
  }
}
