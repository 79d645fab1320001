package io.netaudit.report;

import io.netaudit.text.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Writes the report as JSON Lines (one JSON object per line, {@code \n} after each, UTF-8 without
 * BOM), in the same row order as {@link CsvReportWriter} and published the same way (temp file,
 * fsync, atomic rename; "-" = the given stream).
 *
 * <p>Schema (version 1), one object per report row:
 *
 * <ul>
 *   <li>One key per {@link ReportColumn}, in column order, named by its CSV header ({@code
 *       address}, {@code status}, {@code vendor}, {@code advisories}, ..., {@code detail}). Every
 *       value is a JSON string; an absent value is {@code ""}. So a consumer can treat a line
 *       exactly like a CSV record keyed by header.
 *   <li>Values are the exact text (JSON-escaped), NOT passed through {@link CellSanitizer}: no
 *       leading quote against spreadsheet formulas, line breaks kept as {@code \r}/{@code \n}.
 *       Control characters appear as <code>&#92;u00XX</code>; a lone surrogate becomes U+FFFD (see
 *       {@link JsonText}).
 *   <li>Optional {@code "<column>_hex"} keys (e.g. {@code "sys_descr_hex"}), right after their
 *       column, when the device sent bytes that were not valid UTF-8: lowercase hex of the exact
 *       bytes. The column itself then holds their ISO-8859-1 reading. Absent when the bytes were
 *       valid UTF-8.
 * </ul>
 *
 * Keys never repeat within a line; consumers must ignore keys they do not know (new columns may be
 * added).
 */
public final class JsonLinesWriter implements ReportWriter {
  private final AtomicReportFile file;

  public JsonLinesWriter(OutputStream stdoutForDash) {
    this.file = new AtomicReportFile(stdoutForDash);
  }

  /** Test seam, as in CsvReportWriter. */
  JsonLinesWriter(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.file = new AtomicReportFile(stdoutForDash, fileStreamDecorator);
  }

  @Override
  public void write(String target, ReportContent content) throws IOException {
    write(target, content.all(), content.rawHex()::forRow);
  }

  public void write(String target, Collection<ReportRow> rows) throws IOException {
    write(target, rows, r -> Map.of());
  }

  /**
   * @param rawHex for a row, column header -> lowercase hex of the raw bytes (e.g. {@link
   *     RawHex#forRow}); may return null or an empty map; keys that are not column headers are an
   *     error
   */
  public void write(
      String target, Collection<ReportRow> rows, Function<ReportRow, Map<String, String>> rawHex)
      throws IOException {
    write(target, ReportRows.of(rows), rawHex);
  }

  /** As above for rows already in report order, streamed: see {@link ReportRows}. */
  public void write(String target, ReportRows rows, Function<ReportRow, Map<String, String>> rawHex)
      throws IOException {
    Objects.requireNonNull(rawHex, "rawHex");
    file.write(
        target,
        out -> {
          try (ReportRows.Cursor cursor = rows.open()) {
            while (cursor.hasNext()) {
              ReportRow row = cursor.next();
              writeLine(out, row, rawHex.apply(row));
            }
          }
        });
  }

  /** One row as its JSON object, without the line end. */
  public static String toJson(ReportRow row, Map<String, String> hex) {
    Map<String, String> raw = hex == null ? Map.of() : hex;
    for (String key : raw.keySet()) {
      if (ReportColumn.byHeader(key).isEmpty()) {
        throw new IllegalArgumentException("raw hex for unknown column: " + key);
      }
    }
    StringBuilder sb = new StringBuilder(512);
    sb.append('{');
    boolean first = true;
    for (ReportColumn column : ReportColumn.values()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      JsonText.appendQuoted(sb, column.header());
      sb.append(':');
      JsonText.appendQuoted(sb, column.text(row));
      String h = raw.get(column.header());
      if (h != null && !h.isEmpty()) {
        sb.append(',');
        JsonText.appendQuoted(sb, column.header() + "_hex");
        sb.append(':');
        JsonText.appendQuoted(sb, h);
      }
    }
    return sb.append('}').toString();
  }

  private static void writeLine(Writer out, ReportRow row, Map<String, String> hex)
      throws IOException {
    out.write(toJson(row, hex));
    out.write('\n');
  }
}
