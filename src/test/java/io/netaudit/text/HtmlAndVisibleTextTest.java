package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pins the exact output of the HTML and visible-text rules on hostile device text (as they were
 * when each had its own loop), so that sharing one implementation between them cannot change a byte
 * of either.
 */
class HtmlAndVisibleTextTest {
  /** Every kind of character the two rules treat differently or specially. */
  static final String TRICKY =
      "a\tb\r\nc\rd\ne\u0000f\u001bg\u007fh\u0085i\u009fj\u00a0k\u2028l\u2029m\u202en\u2066o"
          + "\uD800p\uDC00q\uD83D\uDE00r<&>\"'\r\r\n\n\r\uDC00\uD800";

  @Test
  void htmlKeepsTabAndLineFeedEscapesMarkupAndShowsControls() {
    assertThat(Html.escape(TRICKY))
        .isEqualTo(
            "a\tb\nc\nd\ne\\x00f\\x1bg\\x7fh\\x85i\\x9fj\u00a0k\u2028l\u2029m\u202en\u2066o"
                + "\uFFFDp\uFFFDq\uD83D\uDE00r&lt;&amp;&gt;&quot;&#39;\n\n\n\n\uFFFD\uFFFD");
  }

  @Test
  void visibleTextMakesTabAndLineBreaksVisibleAndLeavesMarkup() {
    assertThat(VisibleText.of(TRICKY, " | "))
        .isEqualTo(
            "a\\x09b | c | d | e\\x00f\\x1bg\\x7fh\\x85i\\x9fj\u00a0k\u2028l\u2029m\u202en\u2066o"
                + "\uFFFDp\uFFFDq\uD83D\uDE00r<&>\"' |  |  |  | \uFFFD\uFFFD");
  }

  @Test
  void edgesOfTheString() {
    assertThat(Html.escape("\r")).isEqualTo("\n");
    assertThat(Html.escape("x\uD800")).isEqualTo("x\uFFFD");
    assertThat(Html.escape("")).isEmpty();
    assertThat(Html.escape(null)).isEmpty();
    assertThat(VisibleText.of("\r", "/")).isEqualTo("/");
    assertThat(VisibleText.of("\uD83D", "/")).isEqualTo("\uFFFD");
    assertThat(VisibleText.of("", "/")).isEmpty();
    assertThat(VisibleText.of(null, "/")).isEmpty();
  }

  @Test
  void everyBmpCharacterAloneFollowsTheRules() {
    for (char c = 0; c < 0xFFFF; c++) {
      String s = String.valueOf(c);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      String hex = String.format("\\x%02x", (int) c);
      String visible =
          c == '\r' || c == '\n' ? "|" : control ? hex : Character.isSurrogate(c) ? "\uFFFD" : s;
      assertThat(VisibleText.of(s, "|")).as("U+%04X", (int) c).isEqualTo(visible);
      String html =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\t', '\n' -> s;
            case '\r' -> "\n";
            default -> control ? hex : Character.isSurrogate(c) ? "\uFFFD" : s;
          };
      assertThat(Html.escape(s)).as("U+%04X", (int) c).isEqualTo(html);
    }
  }

  /**
   * The " | " separator's scrubber is made once and answers ASCII from a table: every character, in
   * the middle of text, gives what the rule gives.
   */
  @Test
  void everyBmpCharacterInTextFollowsTheRulesWithTheSharedSeparator() {
    for (char c = 0; c < 0xFFFF; c++) {
      String s = String.valueOf(c);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      String visible =
          c == '\r' || c == '\n'
              ? " | "
              : control
                  ? String.format("\\x%02x", (int) c)
                  : Character.isSurrogate(c) ? "\uFFFD" : s;
      assertThat(VisibleText.of("ab" + s + "cd", " | "))
          .as("U+%04X", (int) c)
          .isEqualTo("ab" + visible + "cd");
    }
    assertThat(VisibleText.of("a\r\nb", " | ")).isEqualTo("a | b");
  }
}
