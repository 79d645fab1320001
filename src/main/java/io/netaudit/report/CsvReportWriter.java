package io.netaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes the compliance report: RFC 4180 CSV (CRLF, header first), UTF-8 without BOM, rows sorted
 * by address so the same scan gives byte-identical files, every cell passed through {@link
 * CellSanitizer}.
 *
 * <p>A file target is published atomically: the CSV goes to a temp file in the same directory, is
 * fsynced, then moved over the final name with ATOMIC_MOVE. Auditors and cron jobs therefore see
 * either the previous complete report or the new complete one, never a truncated file. "-" writes
 * to the given stdout stream instead.
 */
public final class CsvReportWriter implements ReportWriter {
  /** RFC 4180 (CRLF, quotes only where needed); the header is written as a record of its own. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private static final Object[] HEADERS = headers();

  // Address first; the full cell text breaks ties so duplicate-address rows still come out in a
  // fixed order.
  private static final Comparator<ReportRow> ROW_ORDER = ReportRows.ORDER;

  private final OutputStream stdoutForDash;
  private final UnaryOperator<OutputStream> fileStreamDecorator;

  public CsvReportWriter(OutputStream stdoutForDash) {
    this(stdoutForDash, UnaryOperator.identity());
  }

  /** Test seam: wraps the temp file's stream so a test can make the write fail halfway. */
  CsvReportWriter(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.stdoutForDash = stdoutForDash;
    this.fileStreamDecorator = fileStreamDecorator;
  }

  /** Rows the run rendered ahead ({@link ReportContent#csvRecords}) are copied, not rendered. */
  @Override
  public void write(String target, ReportContent content) throws IOException {
    write(target, content.all(), content.csvRecords());
  }

  public void write(String target, Collection<ReportRow> rows) throws IOException {
    write(target, ReportRows.of(rows));
  }

  /** Writes rows that are already in report order, streaming them: see {@link ReportRows}. */
  public void write(String target, ReportRows rows) throws IOException {
    write(target, rows, CsvRecords.none());
  }

  private void write(String target, ReportRows rows, CsvRecords records) throws IOException {
    new AtomicReportFile(stdoutForDash, fileStreamDecorator)
        .writeBytes(target, out -> print(rows, records, out));
  }

  /** UTF-8 encoded row by row ({@link CsvRecords} keeps rows encoded already). */
  private static void print(ReportRows rows, CsvRecords records, OutputStream out)
      throws IOException {
    StringBuilder header = new StringBuilder();
    FORMAT.printRecord(header, HEADERS);
    out.write(header.toString().getBytes(StandardCharsets.UTF_8));
    try (ReportRows.Cursor cursor = rows.open()) {
      while (cursor.hasNext()) {
        out.write(records.of(cursor.next()));
      }
    }
  }

  /** One row as its CSV record, CRLF included. */
  static String record(ReportRow row) {
    StringBuilder text = new StringBuilder(512);
    try {
      FORMAT.printRecord(text, cells(row).toArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return text.toString();
  }

  /**
   * The rows in the CSV's order (by address, ties by cell text), for the other formats to match it.
   */
  static List<ReportRow> inReportOrder(Collection<ReportRow> rows) {
    return sorted(rows);
  }

  private static List<ReportRow> sorted(Collection<ReportRow> rows) {
    List<ReportRow> copy = new ArrayList<>(rows);
    copy.sort(ROW_ORDER);
    return copy;
  }

  /**
   * Every cell is cleaned, not only device text: it is harmless for our own values and cannot be
   * forgotten.
   */
  static List<String> cells(ReportRow row) {
    List<String> cells = new ArrayList<>(ReportColumn.values().length);
    for (ReportColumn column : ReportColumn.values()) {
      cells.add(CellSanitizer.clean(column.text(row)));
    }
    return cells;
  }

  static int compareCells(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String[] headers() {
    ReportColumn[] columns = ReportColumn.values();
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      headers[i] = columns[i].header();
    }
    return headers;
  }

  /**
   * Makes the rename itself durable; best effort, since not every platform can open a directory.
   */
}
