package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CPE 2.3 formatted-string binding (NISTIR 7695 section 6.2) of device text. */
class Cpe23Test {
  @Test
  void aModelBindsLowercaseWithAnyForTheRest() {
    assertThat(Cpe23.name(Cpe23.Part.HARDWARE, "huawei", "S5720-28X-SI-AC", null))
        .contains("cpe:2.3:h:huawei:s5720-28x-si-ac:*:*:*:*:*:*:*:*");
    assertThat(Cpe23.name(Cpe23.Part.OPERATING_SYSTEM, "cisco", "c2960x_firmware", "15.0.2_SE"))
        .contains("cpe:2.3:o:cisco:c2960x_firmware:15.0.2_se:*:*:*:*:*:*:*");
  }

  @Test
  void everyCharacterButLettersDigitsUnderscoreHyphenAndPeriodIsQuoted() {
    assertThat(Cpe23.value("15.2(7)E4")).contains("15.2\\(7\\)e4");
    assertThat(Cpe23.value("a:b/c\\d")).contains("a\\:b\\/c\\\\d");
    // Wildcards in device text are literal characters, never ANY or a single-character match.
    assertThat(Cpe23.value("v1.*")).contains("v1.\\*");
    assertThat(Cpe23.value("x?")).contains("x\\?");
    assertThat(Cpe23.value("!\"#$%&'+,;<=>@[]^`{|}~"))
        .contains("\\!\\\"\\#\\$\\%\\&\\'\\+\\,\\;\\<\\=\\>\\@\\[\\]\\^\\`\\{\\|\\}\\~");
    assertThat(Cpe23.value("a_b-c.d")).contains("a_b-c.d");
  }

  @Test
  void whiteSpaceRunsBecomeOneUnderscoreAndTheEndsAreTrimmed() {
    assertThat(Cpe23.value("  Catalyst  9300 \t 48P\r\n")).contains("catalyst_9300_48p");
    assertThat(Cpe23.value("V5.7.3 build 220112")).contains("v5.7.3_build_220112");
  }

  @Test
  void textWithoutAFaithfulSpellingGivesNoName() {
    assertThat(Cpe23.value("")).isEmpty();
    assertThat(Cpe23.value("   ")).isEmpty();
    assertThat(Cpe23.value(null)).isEmpty();
    assertThat(Cpe23.value("-")).isEmpty(); // would read as NA
    assertThat(Cpe23.value("Modèle")).isEmpty();
    assertThat(Cpe23.value("nul\u0000")).isEmpty();
    assertThat(Cpe23.name(Cpe23.Part.HARDWARE, "", "x", null)).isEmpty();
    assertThat(Cpe23.name(Cpe23.Part.HARDWARE, "v", "", null)).isEmpty();
    assertThat(Cpe23.name(Cpe23.Part.HARDWARE, "v", "x", "\u00e9")).isEmpty();
    assertThat(Cpe23.name(Cpe23.Part.HARDWARE, "v", "x", " "))
        .contains("cpe:2.3:h:v:x:*:*:*:*:*:*:*:*");
  }

  @Test
  void anyPrintableAsciiTextSurvivesBindingAndUnbinding() {
    Random random = new Random(2323);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(16); k > 0; k--) {
        s.append((char) (0x20 + random.nextInt(0x7f - 0x20)));
      }
      String text = s.toString();
      Optional<String> name = Cpe23.name(Cpe23.Part.HARDWARE, "vendor", text, text);
      String normal = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
      if (normal.isEmpty() || normal.equals("-")) {
        assertThat(name).as(text).isEmpty();
        continue;
      }
      List<String> parts = unbind(name.orElseThrow());
      assertThat(parts).as(name.get()).hasSize(13);
      assertThat(parts.subList(0, 4)).containsExactly("cpe", "2.3", "h", "vendor");
      assertThat(parts.get(4)).as(text).isEqualTo(normal);
      assertThat(parts.get(5)).as(text).isEqualTo(normal);
      assertThat(parts.subList(6, 13)).containsOnly("*");
    }
  }

  /**
   * Splits a formatted string at its unquoted colons and removes the quoting: the reverse of the
   * binding, as a CPE consumer reads it. A value that is a lone unquoted {@code *} stays {@code *}.
   */
  private static List<String> unbind(String fs) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < fs.length(); i++) {
      char c = fs.charAt(i);
      if (c == '\\') {
        part.append(fs.charAt(++i));
      } else if (c == ':') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        assertThat(c == '*' && part.length() > 0).as("unquoted * inside a value: " + fs).isFalse();
        assertThat(c).as("unquoted ? in " + fs).isNotEqualTo('?');
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
