package io.netaudit.text;

import java.util.Objects;

/**
 * Device text as one visible line: CR, LF and CRLF become the given separator, other C0/C1 control
 * characters (TAB included) and DEL a visible "\xNN" (a sysDescr can carry ANSI escapes or NULs
 * that must never reach a terminal or a cell raw), unpaired UTF-16 surrogates U+FFFD (so the output
 * is valid UTF-8). CSV cells, terminal diffs and tables use it.
 */
public final class VisibleText {
  private static final Scrubber.Rule CONTROLS_AS_HEX =
      c -> Scrubber.isControl(c) ? Scrubber.visibleHex(c) : null;

  private VisibleText() {}

  /** The visible line for s; null and "" give "". */
  public static String of(String s, String lineBreak) {
    return new Scrubber(Objects.requireNonNull(lineBreak, "lineBreak"), CONTROLS_AS_HEX).apply(s);
  }
}
