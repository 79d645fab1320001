package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {
  @Test
  void quotesShortTextAsItIs() {
    assertThat(Quote.of("1.3.6.1.4.1.2011.2.23")).isEqualTo("\"1.3.6.1.4.1.2011.2.23\"");
    assertThat(Quote.of("")).isEqualTo("\"\"");
    assertThat(Quote.of(null)).isEqualTo("\"\"");
  }

  @Test
  void controlsAndLineSeparatorsBecomeSpacesSoTheQuotationStaysOnOneLine() {
    assertThat(Quote.of("a\r\nb\tc\u0000d\u0085e\u2028f\u2029g\u202eh"))
        .isEqualTo("\"a  b c d e f g\u202eh\"");
  }

  @Test
  void longTextIsCutAfterSixtyCharacters() {
    String sixty = "x".repeat(Quote.MAX_CHARS);
    assertThat(Quote.of(sixty)).isEqualTo("\"" + sixty + "\"");
    assertThat(Quote.of(sixty + "yz")).isEqualTo("\"" + sixty + "...\"");
  }

  @Test
  void theCutCountsUtf16UnitsAsIdentificationAlwaysHas() {
    // A pair straddling the cut loses its low half; every writer turns the lone half into U+FFFD.
    String text = "x".repeat(Quote.MAX_CHARS - 1) + "\uD83D\uDE00";
    assertThat(Quote.of(text)).isEqualTo("\"" + "x".repeat(Quote.MAX_CHARS - 1) + "\uD83D...\"");
  }
}
