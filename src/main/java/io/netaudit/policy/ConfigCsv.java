package io.netaudit.policy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one policy config file (RFC 4180, '#' comment lines, blank lines ignored) into rows that
 * remember their line number, so every later check can say "file:line: problem".
 */
final class ConfigCsv {
  /** One data row; cells have runs of whitespace (including line breaks) collapsed to one space. */
  record Row(int line, List<String> cells) {
    String get(int index) {
      return cells.get(index);
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .build();

  private ConfigCsv() {}

  /**
   * Strict UTF-8: a stray Latin-1 byte in a policy file is an error, not a silently mangled vendor
   * name.
   */
  static String decode(String source, byte[] bytes) throws PolicyException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // Editors on Windows add a BOM; without stripping it the first header name would not match.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw PolicyException.inFile(source, "not valid UTF-8");
    }
  }

  static List<Row> parse(String source, String text, List<String> header) throws PolicyException {
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw PolicyException.inFile(source, "malformed CSV: " + oneLine(e.getMessage()));
    }
    if (records.isEmpty()) {
      throw PolicyException.inFile(
          source, "empty file, expected header " + String.join(",", header));
    }
    LineIndex lines = new LineIndex(text);
    CSVRecord first = records.get(0);
    if (!first.toList().equals(header)) {
      throw PolicyException.at(
          source, lines.lineOf(first), "expected header " + String.join(",", header));
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      int line = lines.lineOf(record);
      if (record.size() != header.size()) {
        throw PolicyException.at(
            source,
            line,
            "expected "
                + header.size()
                + " columns ("
                + String.join(",", header)
                + "), found "
                + record.size());
      }
      List<String> cells = new ArrayList<>(record.size());
      for (String value : record) {
        cells.add(oneLine(value));
      }
      rows.add(new Row(line, List.copyOf(cells)));
    }
    return rows;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  /**
   * Maps a record to the line its data starts on. Commons CSV reports where a record's parse began,
   * which is before any comment or blank lines that precede it, so those are skipped here.
   */
  private static final class LineIndex {
    private final String text;

    LineIndex(String text) {
      this.text = text;
    }

    int lineOf(CSVRecord record) {
      int pos = (int) record.getCharacterPosition();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\r' || c == '\n') {
          pos++;
        } else if (c == '#' && atLineStart(pos)) {
          while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
          }
        } else {
          break;
        }
      }
      int line = 1;
      for (int i = 0; i < pos && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }

    private boolean atLineStart(int pos) {
      return pos == 0 || text.charAt(pos - 1) == '\n' || text.charAt(pos - 1) == '\r';
    }
  }
}
