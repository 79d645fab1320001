package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IniLineTest {
  @Test
  void aHashAfterABlankStartsAComment() {
    IniLine l = IniLine.parse("retries = 1 # fewer");
    assertThat(l.kind()).isEqualTo(IniLine.Kind.ENTRY);
    assertThat(l.key()).isEqualTo("retries");
    assertThat(l.value()).isEqualTo("1");
    assertThat(IniLine.parse("community-file = communities.txt     # relative names").value())
        .isEqualTo("communities.txt");
    assertThat(IniLine.parse("x = a\t# tab before it").value()).isEqualTo("a");
  }

  @Test
  void aHashInsideAWordIsPartOfTheValue() {
    assertThat(IniLine.parse("community = n0c#read").value()).isEqualTo("n0c#read");
    assertThat(IniLine.parse("community = n0c#read # and a comment").value()).isEqualTo("n0c#read");
  }

  @Test
  void quotedValuesKeepHashesAndBlanks() {
    assertThat(IniLine.parse("auth-pass = \"pass #1 word \" # comment").value())
        .isEqualTo("pass #1 word ");
    assertThat(IniLine.parse("auth-pass = \"a \\\"q\\\" \\\\ b\"").value())
        .isEqualTo("a \"q\" \\ b");
    IniLine open = IniLine.parse("auth-pass = \"never closed");
    assertThat(open.kind()).isEqualTo(IniLine.Kind.MALFORMED);
    assertThat(open.problem()).contains("auth-pass").doesNotContain("never closed");
    assertThat(IniLine.parse("x = \"a\" b").kind()).isEqualTo(IniLine.Kind.MALFORMED);
  }

  @Test
  void headersMayCarryAComment() {
    IniLine h = IniLine.parse("[core-v3]                 # tried first");
    assertThat(h.kind()).isEqualTo(IniLine.Kind.SECTION);
    assertThat(h.section()).isEqualTo("core-v3");
    assertThat(IniLine.parse("[core-v3").kind()).isEqualTo(IniLine.Kind.MALFORMED);
    assertThat(IniLine.parse("[core-v3] trailing words").kind()).isEqualTo(IniLine.Kind.MALFORMED);
  }

  @Test
  void wholeLineCommentsAndBlanks() {
    for (String s : new String[] {"", "   ", "# a comment", "  ; ini comment", "#key = value"}) {
      assertThat(IniLine.parse(s).isBlank()).as(s).isTrue();
    }
    assertThat(IniLine.parse("= value").kind()).isEqualTo(IniLine.Kind.MALFORMED);
    assertThat(IniLine.parse("just words").kind()).isEqualTo(IniLine.Kind.MALFORMED);
    assertThat(IniLine.parse("key =").value()).isEmpty();
    assertThat(IniLine.parse("key = # only a comment").value()).isEmpty();
  }
}
