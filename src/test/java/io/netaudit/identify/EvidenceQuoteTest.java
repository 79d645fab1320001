package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceQuoteTest {
  @Test
  void oneLineQuotedAndShort() {
    assertThat(EvidenceQuote.quote("Huawei")).isEqualTo("\"Huawei\"");
    assertThat(EvidenceQuote.quote("a\r\nb\tc\u2028d\u0000")).isEqualTo("\"a  b c d \"");
    assertThat(EvidenceQuote.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "...\"");
    assertThat(EvidenceQuote.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(EvidenceQuote.quote("")).isEqualTo("\"\"");
  }
}
