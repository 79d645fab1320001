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

  /** The separator every caller uses (CSV cells, diffs, tables): its scrubber is made once. */
  private static final String PIPE = " | ";

  private static final Scrubber PIPE_SCRUBBER = new Scrubber(PIPE, CONTROLS_AS_HEX);

  private VisibleText() {}

  /** The visible line for s; null and "" give "". */
  public static String of(String s, String lineBreak) {
    Scrubber scrubber =
        PIPE.equals(Objects.requireNonNull(lineBreak, "lineBreak"))
            ? PIPE_SCRUBBER
            : new Scrubber(lineBreak, CONTROLS_AS_HEX);
    return scrubber.apply(s);
  }
}
