package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {
  /** Jackson, strict: raw control characters, repeated keys and trailing text are errors. */
  private static final ObjectMapper STRICT_JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      plain            | 'abc'            | '"abc"'
      quote            | 'a"b'            | '"a\\"b"'
      backslash        | 'a\\b'           | '"a\\\\b"'
      """)
  void escapesTheBasics(String name, String in, String expected) {
    assertThat(JsonText.quote(in)).isEqualTo(expected);
  }

  @Test
  void escapesControlsSurrogatesAndSeparators() {
    assertThat(JsonText.quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(JsonText.quote("nul\u0000 esc\u001b[2J del\u007f csi\u009b"))
        .isEqualTo("\"nul\\u0000 esc\\u001b[2J del\\u007f csi\\u009b\"");
    assertThat(JsonText.quote("ls\u2028ps\u2029")).isEqualTo("\"ls\\u2028ps\\u2029\"");
    assertThat(JsonText.quote("lone\uD800 low\uDC00 end\uDBFF"))
        .isEqualTo("\"lone\uFFFD low\uFFFD end\uFFFD\"");
    assertThat(JsonText.quote("pair \uD83D\uDE00 é ©")).isEqualTo("\"pair \uD83D\uDE00 é ©\"");
    assertThat(JsonText.quote("</script>")).isEqualTo("\"</script>\"");
    assertThat(JsonText.quote(null)).isEqualTo("\"\"");
  }

  @Test
  void everyCharacterRoundTripsThroughAStrictParser() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      if (!Character.isSurrogate(c)) {
        all.append(c);
      }
    }
    all.append("\uD83D\uDE00");
    String text = all.toString();

    JsonNode parsed = STRICT_JSON.readTree("{\"k\":" + JsonText.quote(text) + "}");

    assertThat(parsed.get("k").textValue()).isEqualTo(text);
  }
}
