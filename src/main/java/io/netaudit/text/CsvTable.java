package io.netaudit.text;

import io.netaudit.text.CsvTableException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of the project's CSV files (config and catalogue files, a report read back):
 * strict UTF-8 (a stray Latin-1 byte is an error, not a silently mangled maker name), a leading BOM
 * skipped, RFC 4180 quoting, lines starting with {@code #} and empty lines skipped, the first other
 * line the header. Cells are addressed by header name, so column order never matters, and every row
 * remembers the line it starts on. Every problem is a {@link CsvTableException} with a one-line
 * message {@code "file:line: what is wrong"}.
 */
public final class CsvTable {
  private final String source;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a whole file.
   *
   * @param source the file's name in messages, e.g. its path or "classpath:netaudit/config/x.csv"
   */
  public static CsvTable read(String source, byte[] bytes, CsvSchema schema)
      throws CsvTableException {
    String text = Utf8.decode(source, bytes);
    LineIndex lines = new LineIndex(text);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(schema.cells() == CsvSchema.Cells.ONE_LINE)
            .build();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord first = next(source, parser, records);
      if (first == null) {
        String expected =
            schema.otherColumnsAllowed() ? "" : ", expected " + schema.expectedHeader();
        throw new CsvTableException(Kind.NO_HEADER, source, 1, "no header line" + expected);
      }
      Columns columns = Columns.of(source, lines.lineOf(first), first, schema);
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r = next(source, parser, records);
          r != null;
          r = next(source, parser, records)) {
        int line = lines.lineOf(r);
        if (r.size() != columns.size()) {
          throw new CsvTableException(
              Kind.CELL_COUNT, source, line, columns.countProblem(r.size()));
        }
        String[] cells = new String[r.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = schema.cells() == CsvSchema.Cells.ONE_LINE ? oneLine(r.get(i)) : r.get(i);
        }
        rows.add(new Row(source, line, columns, cells));
      }
      return new CsvTable(source, columns.header(), Collections.unmodifiableList(rows));
    } catch (IOException e) {
      // Only close() declares it, and a parser over a String has nothing to fail on.
      throw new UncheckedIOException(e);
    }
  }

  /** The next record, or null at the end of the file. */
  private static CSVRecord next(String source, CSVParser parser, Iterator<CSVRecord> records)
      throws CsvTableException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports broken quoting this way; its line count is the line it stopped on.
      int line = (int) Math.max(1, Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber()));
      throw new CsvTableException(
          Kind.MALFORMED,
          source,
          line,
          "malformed CSV: " + oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** The file's name as given to {@link #read}. */
  public String source() {
    return source;
  }

  /** The header's column names, in file order. */
  public List<String> header() {
    return header;
  }

  /** Whether the file has the column (an optional one may be absent). */
  public boolean has(String column) {
    return header.contains(column);
  }

  /** The data rows, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** One data row. */
  public static final class Row {
    private final String source;
    private final int line;
    private final Columns columns;
    private final String[] cells;

    private Row(String source, int line, Columns columns, String[] cells) {
      this.source = source;
      this.line = line;
      this.columns = columns;
      this.cells = cells;
    }

    /** The 1-based line the row starts on (a quoted cell may span several). */
    public int line() {
      return line;
    }

    /**
     * The cell of a column; "" for an optional column the file lacks.
     *
     * @throws IllegalArgumentException for a column that is neither in the file nor in the schema
     *     (a programming error)
     */
    public String get(String column) {
      int i = columns.indexOf(column);
      return i < 0 ? "" : cells[i];
    }

    /** {@code "file:line: problem"}, for the caller's own exception. */
    public String at(String problem) {
      return source + ":" + line + ": " + problem;
    }
  }

  /** The header of one file, checked against its schema. */
  private static final class Columns {
    private final List<String> header;
    private final Map<String, Integer> index;
    private final CsvSchema schema;

    private Columns(List<String> header, Map<String, Integer> index, CsvSchema schema) {
      this.header = header;
      this.index = index;
      this.schema = schema;
    }

    static Columns of(String source, int line, CSVRecord record, CsvSchema schema)
        throws CsvTableException {
      List<String> header = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (String name : record) {
        String column = name.strip();
        if (index.putIfAbsent(column, header.size()) != null) {
          throw new CsvTableException(
              Kind.BAD_HEADER, source, line, "column " + column + " twice in the header");
        }
        header.add(column);
      }
      List<String> missing = new ArrayList<>();
      for (String column : schema.required()) {
        if (!index.containsKey(column)) {
          missing.add(column);
        }
      }
      List<String> unknown = new ArrayList<>();
      if (!schema.otherColumnsAllowed()) {
        for (String column : header) {
          if (!schema.names(column)) {
            unknown.add(column);
          }
        }
      }
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        List<String> what = new ArrayList<>();
        if (!missing.isEmpty()) {
          what.add("no column " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
          what.add("unknown column " + String.join(", ", unknown));
        }
        String expected =
            schema.otherColumnsAllowed() ? "" : " (expected " + schema.expectedHeader() + ")";
        throw new CsvTableException(
            missing.isEmpty() ? Kind.BAD_HEADER : Kind.MISSING_COLUMNS,
            source,
            line,
            String.join(", ", what) + " in the header" + expected);
      }
      return new Columns(List.copyOf(header), index, schema);
    }

    int size() {
      return header.size();
    }

    List<String> header() {
      return header;
    }

    /** The column's position; -1 for an optional column the file lacks. */
    int indexOf(String column) {
      Integer i = index.get(column);
      if (i != null) {
        return i;
      }
      if (schema.names(column)) {
        return -1;
      }
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }

    /** A row of the wrong width: a fixed schema names its columns, a header read back counts. */
    String countProblem(int cells) {
      return schema.otherColumnsAllowed()
          ? "has " + cells + " cells, the header has " + header.size()
          : "expected "
              + header.size()
              + " columns ("
              + String.join(",", header)
              + "), found "
              + cells;
    }
  }
}
