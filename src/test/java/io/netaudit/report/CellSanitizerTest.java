package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellSanitizerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3",
        "  =1+1"
      })
  void formulaStartsGetAQuote(String payload) {
    assertThat(CellSanitizer.clean(payload)).isEqualTo("'" + payload);
  }

  @Test
  void leadingTabAndCrAreNeutralised() {
    assertThat(CellSanitizer.clean("\t=1+1")).isEqualTo("'\\x09=1+1");
    assertThat(CellSanitizer.clean("\r=1+1")).isEqualTo("' | =1+1");
  }

  @Test
  void ordinaryTextIsUntouched() {
    assertThat(CellSanitizer.clean("Huawei AR1220, \"VRP\" 5.120"))
        .isEqualTo("Huawei AR1220, \"VRP\" 5.120");
    assertThat(CellSanitizer.clean("a=b-c")).isEqualTo("a=b-c");
    assertThat(CellSanitizer.clean(null)).isEmpty();
    assertThat(CellSanitizer.clean("")).isEmpty();
  }

  @Test
  void lineBreaksBecomeVisibleSeparators() {
    assertThat(CellSanitizer.clean("a\r\nb\nc\rd\n\ne")).isEqualTo("a | b | c | d |  | e");
  }

  @Test
  void controlCharactersBecomeVisible() {
    assertThat(CellSanitizer.clean("a\u0000b\u001b[31mred\u007f\u0085\u009f"))
        .isEqualTo("a\\x00b\\x1b[31mred\\x7f\\x85\\x9f");
  }

  @Test
  void mojibakeAndReplacementCharactersStayButLoneSurrogatesAreReplaced() {
    assertThat(CellSanitizer.clean("Ã¿Ã¾ \uFFFD \uD83D\uDE00"))
        .isEqualTo("Ã¿Ã¾ \uFFFD \uD83D\uDE00");
    assertThat(CellSanitizer.clean("x\uD800y\uDC00")).isEqualTo("x\uFFFDy\uFFFD");
  }

  @Test
  void longTextIsNotTruncated() {
    String big = "x".repeat(64 * 1024);
    assertThat(CellSanitizer.clean(big)).isEqualTo(big);
  }
}
