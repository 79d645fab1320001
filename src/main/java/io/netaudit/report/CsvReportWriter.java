package io.netaudit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the compliance report: RFC 4180 CSV (CRLF, header first), UTF-8 without BOM, rows sorted by address so
 * the same scan gives byte-identical files, every cell passed through {@link CellSanitizer}.
 *
 * <p>A file target is published atomically: the CSV goes to a temp file in the same directory, is fsynced, then
 * moved over the final name with ATOMIC_MOVE. Auditors and cron jobs therefore see either the previous complete
 * report or the new complete one, never a truncated file. "-" writes to the given stdout stream instead.
 */
public final class CsvReportWriter {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader(headers())
          .build();

  // Address first; the full cell text breaks ties so duplicate-address rows still come out in a fixed order.
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

  public void write(String target, Collection<ReportRow> rows) throws IOException {
    write(target, ReportRows.of(rows));
  }

  /** Writes rows that are already in report order, streaming them: see {@link ReportRows}. */
  public void write(String target, ReportRows rows) throws IOException {
    if ("-".equals(target)) {
      // Not closed: the stream belongs to the caller (usually System.out).
      Writer out = new BufferedWriter(new OutputStreamWriter(stdoutForDash, StandardCharsets.UTF_8));
      print(rows, out);
      out.flush();
      return;
    }
    Path finalPath = Path.of(target).toAbsolutePath();
    Path dir = finalPath.getParent();
    Path tmp = Files.createTempFile(dir, "." + finalPath.getFileName() + ".tmp-", "");
    try {
      // A failing row source takes the same clean-up path as a failing disk.
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(fileStreamDecorator.apply(Channels.newOutputStream(channel)), StandardCharsets.UTF_8));
        print(rows, out);
        out.flush();
        // Data must be on disk before the rename, or a crash could publish an empty file under the final name.
        channel.force(true);
      }
      Files.move(tmp, finalPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    syncDirectory(dir);
  }

  private static void print(ReportRows rows, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    try (ReportRows.Cursor cursor = rows.open()) {
      while (cursor.hasNext()) {
        printer.printRecord(cells(cursor.next()));
      }
    }
    printer.flush();
  }

  /** The rows in the CSV's order (by address, ties by cell text), for the other formats to match it. */
  static List<ReportRow> inReportOrder(Collection<ReportRow> rows) {
    return sorted(rows);
  }

  private static List<ReportRow> sorted(Collection<ReportRow> rows) {
    List<ReportRow> copy = new ArrayList<>(rows);
    copy.sort(ROW_ORDER);
    return copy;
  }

  /** Every cell is cleaned, not only device text: it is harmless for our own values and cannot be forgotten. */
  static List<String> cells(ReportRow row) {
    List<String> cells = new ArrayList<>(ReportColumn.values().length);
    for (ReportColumn column : ReportColumn.values()) {
      cells.add(CellSanitizer.clean(column.rawValue(row)));
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

  /** Makes the rename itself durable; best effort, since not every platform can open a directory. */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // The report is already complete under its final name; only durability across power loss is weaker.
    }
  }
}
