package io.netaudit.report;

import io.netaudit.text.VisibleText;

/**
 * Makes device text safe in a cell. CR, LF and CRLF become " | " so a row stays one physical line;
 * other C0/C1 control characters and DEL become a visible "\xNN" (a sysDescr can carry ANSI escapes
 * or NULs); unpaired UTF-16 surrogates become U+FFFD so the file is valid UTF-8. Then a cell whose
 * first non-space character is '=', '+', '-' or '@', or which starts with TAB or CR, gets a leading
 * single quote, so spreadsheets show it as text instead of evaluating it (OWASP CSV injection).
 * Length is never limited: a 64 KiB sysDescr stays one cell.
 */
public final class CellSanitizer {
  private static final String LINE_BREAK = " | ";

  private CellSanitizer() {}

  public static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String out = VisibleText.of(s, LINE_BREAK);
    return startsLikeFormula(s, out) ? "'" + out : out;
  }

  private static boolean startsLikeFormula(String original, CharSequence cleaned) {
    char first = original.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    // Leading spaces are skipped because spreadsheets may trim them and then see the formula.
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c != ' ') {
        return c == '=' || c == '+' || c == '-' || c == '@';
      }
    }
    return false;
  }
}
