package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static final CsvSchema AB = CsvSchema.of("a", "b");

  @Test
  void readsCellsByHeaderNameWithBomCommentsBlankLinesAndQuotes() throws Exception {
    CsvTable t =
        read(
            "\uFEFF# a comment\r\n"
                + "b,a\r\n"
                + "\r\n"
                + "1,\"x, \"\"y\"\"\"\r\n"
                + "# another\r\n"
                + "\"two\nlines\",z\r\n"
                + "3,after\r\n",
            AB);

    assertThat(t.header()).containsExactly("b", "a");
    assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(4, 6, 8);
    assertThat(t.rows()).extracting(r -> r.get("a")).containsExactly("x, \"y\"", "z", "after");
    assertThat(t.rows()).extracting(r -> r.get("b")).containsExactly("1", "two\nlines", "3");
    assertThat(t.rows().get(1).at("bad thing")).isEqualTo("f.csv:6: bad thing");
  }

  @Test
  void anOptionalColumnMayBeAbsentAndAColumnOutsideTheSchemaIsAProgrammingError() throws Exception {
    CsvTable t = read("a,b\n1,2\n", AB.withOptional("c"));

    assertThat(t.has("c")).isFalse();
    assertThat(t.rows().get(0).get("c")).isEmpty();
    assertThatThrownBy(() -> t.rows().get(0).get("typo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typo");
    assertThat(read("c,a,b\n3,1,2\n", AB.withOptional("c")).rows().get(0).get("c")).isEqualTo("3");
  }

  @Test
  void cellsAsWrittenKeepTheirSpacesOneLineCellsDoNot() throws Exception {
    String text = "a,b\n x , \"q, r\" \n\"multi\r\n  line\",2\n";

    // As written, a quote after a space is an ordinary character, so the comma inside splits.
    assertThatThrownBy(() -> read(text, AB))
        .isInstanceOf(CsvTableException.class)
        .hasMessage("f.csv:2: expected 2 columns (a,b), found 3");
    CsvTable oneLine = read(text, AB.oneLineCells());
    assertThat(oneLine.rows()).extracting(r -> r.get("a")).containsExactly("x", "multi line");
    assertThat(oneLine.rows()).extracting(r -> r.get("b")).containsExactly("q, r", "2");
    assertThat(read("a,b\n x ,y\n", AB).rows().get(0).get("a")).isEqualTo(" x ");
  }

  @Test
  void otherColumnsAreAllowedOnlyWhenTheSchemaSaysSo() throws Exception {
    CsvTable t = read("extra,b,a\nz,2,1\n", AB.allowingOtherColumns());
    assertThat(t.rows().get(0).get("extra")).isEqualTo("z");

    fails(
        "a,b,extra\n",
        AB,
        CsvTableException.Kind.BAD_HEADER,
        "f.csv:1: unknown column extra in the header (expected a,b)");
  }

  @Test
  void headerProblemsNameTheColumns() {
    fails(
        "# c\nb,x\n",
        AB.withOptional("c"),
        CsvTableException.Kind.MISSING_COLUMNS,
        "f.csv:2: no column a, unknown column x in the header (expected a,b,c)");
    fails(
        "x,y\n",
        AB.allowingOtherColumns(),
        CsvTableException.Kind.MISSING_COLUMNS,
        "f.csv:1: no column a, b in the header");
    fails(
        "a,b,a\n",
        AB.allowingOtherColumns(),
        CsvTableException.Kind.BAD_HEADER,
        "f.csv:1: column a twice in the header");
  }

  @Test
  void noHeaderLine() {
    fails("", AB, CsvTableException.Kind.NO_HEADER, "f.csv:1: no header line, expected a,b");
    fails(
        "# only\r\n\r\n# comments\r\n",
        AB.allowingOtherColumns(),
        CsvTableException.Kind.NO_HEADER,
        "f.csv:1: no header line");
  }

  @Test
  void aRowOfTheWrongWidth() {
    fails(
        "a,b\n1,2\n1,2,3\n",
        AB,
        CsvTableException.Kind.CELL_COUNT,
        "f.csv:3: expected 2 columns (a,b), found 3");
    fails(
        "a,b,z\n1\n",
        AB.allowingOtherColumns(),
        CsvTableException.Kind.CELL_COUNT,
        "f.csv:2: has 1 cells, the header has 3");
  }

  @Test
  void brokenQuotingNamesALine() {
    assertThatThrownBy(() -> read("a,b\n1,2\n\"open,2\n3,4\n", AB))
        .isInstanceOf(CsvTableException.class)
        .satisfies(
            e -> {
              CsvTableException c = (CsvTableException) e;
              assertThat(c.kind()).isEqualTo(CsvTableException.Kind.MALFORMED);
              assertThat(c.getMessage())
                  .startsWith("f.csv:4: malformed CSV: ")
                  .contains("(startline 3) EOF reached before encapsulated token finished")
                  .doesNotContain("\n");
            });
  }

  @Test
  void aStrayLatin1ByteIsAnErrorOnItsLine() {
    byte[] bytes = "a,b\r\n1,2\r\nN\u00e9,3\r\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> CsvTable.read("f.csv", bytes, AB))
        .isInstanceOf(CsvTableException.class)
        .hasMessage("f.csv:3: not valid UTF-8 (byte 0xe9)")
        .satisfies(
            e -> {
              CsvTableException c = (CsvTableException) e;
              assertThat(c.kind()).isEqualTo(CsvTableException.Kind.NOT_UTF8);
              assertThat(c.source()).isEqualTo("f.csv");
              assertThat(c.line()).isEqualTo(3);
              assertThat(c.problem()).isEqualTo("not valid UTF-8 (byte 0xe9)");
            });
  }

  @Test
  void schemaRefusesAColumnNamedTwice() {
    assertThatThrownBy(() -> CsvSchema.of("a", "b").withOptional("a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CsvSchema(List.of("a"), List.of(), false, CsvSchema.Cells.AS_WRITTEN))
        .isEqualTo(CsvSchema.of("a"));
  }

  private static CsvTable read(String text, CsvSchema schema) throws CsvTableException {
    return CsvTable.read("f.csv", text.getBytes(StandardCharsets.UTF_8), schema);
  }

  private static void fails(
      String text, CsvSchema schema, CsvTableException.Kind kind, String message) {
    assertThatThrownBy(() -> read(text, schema))
        .isInstanceOf(CsvTableException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((CsvTableException) e).kind()).isEqualTo(kind));
  }
}
