package io.netaudit.text;

/**
 * HTML escaping for device-supplied text. The result is safe in element content and in double- or
 * single-quoted attribute values: &amp; &lt; &gt; &quot; &#39; are escaped; CR LF and lone CR
 * become LF, and TAB and LF are kept (a {@code pre-wrap} cell shows them); other C0/C1 controls and
 * DEL become a visible "\xNN" (they are not allowed in HTML); a lone surrogate becomes U+FFFD. It
 * differs from {@link VisibleText} only in those kept characters and the markup escapes.
 */
public final class Html {
  private static final Scrubber SCRUBBER =
      new Scrubber(
          "\n",
          c ->
              switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\t' -> null;
                default -> Scrubber.isControl(c) ? Scrubber.visibleHex(c) : null;
              });

  private Html() {}

  /** The escaped text; null and "" give "". */
  public static String escape(String s) {
    return SCRUBBER.apply(s);
  }
}
