package io.netaudit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Prints the key columns of a written report as a terminal table (the demo's view of it); an
 * endpoint without an IP shows its MAC in the address column, and where it sits in the last two.
 */
final class ReportTable {
  private static final String[] COLUMNS = {
    "address", "row_type", "status", "vendor", "advisories", "confidence", "seen_by", "port"
  };

  private ReportTable() {}

  static void print(PrintStream out, Path report) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(COLUMNS);
    try (Reader r = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String[] row = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
          row[i] = rec.isMapped(COLUMNS[i]) ? printable(rec.get(COLUMNS[i])) : "";
        }
        if (row[0].isEmpty() && rec.isMapped("mac")) {
          row[0] = printable(rec.get("mac"));
        }
        rows.add(row);
      }
    }
    int[] width = new int[COLUMNS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], Math.min(60, row[i].length()));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i].length() > 60 ? row[i].substring(0, 57) + "..." : row[i];
        line.append(String.format(Locale.ROOT, "%-" + (width[i] + 2) + "s", cell));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** The terminal never receives control characters from device text. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }
}
