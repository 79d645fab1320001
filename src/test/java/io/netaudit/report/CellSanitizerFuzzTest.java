package io.netaudit.report;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Fuzzes cell cleaning and the CSV round trip: whatever a device sends, the cleaned cell has no
 * control character, no unpaired surrogate, no line break and no formula start, and it survives RFC
 * 4180 printing and parsing unchanged, in a row of the same width.
 */
class CellSanitizerFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void cleanAndRoundTrip(String deviceText) throws IOException {
    String cell = CellSanitizer.clean(deviceText);
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        throw new AssertionError("control U+" + Integer.toHexString(c) + " left in " + cell);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= cell.length() || !Character.isLowSurrogate(cell.charAt(i + 1))) {
          throw new AssertionError("unpaired surrogate in " + cell);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw new AssertionError("unpaired surrogate in " + cell);
      }
    }
    // The documented contract skips ASCII spaces only. A cell like "\u2000@..." (EN QUAD first,
    // found
    // by this fuzzer, kept as the seed unicode-space-then-at) is left unquoted on purpose: no
    // spreadsheet is known to trim Unicode spaces before deciding on a formula.
    String t = cell.replaceFirst("^ +", "");
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      throw new AssertionError("formula start survived: " + cell);
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord(List.of("127.0.0.1", cell, "end"));
      p.printRecord(List.of("127.0.0.2", "", "end"));
    }
    List<CSVRecord> back = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    if (back.size() != 2 || back.get(0).size() != 3 || back.get(1).size() != 3) {
      throw new AssertionError("row count or width changed: " + out);
    }
    if (!back.get(0).get(1).equals(cell) || !back.get(0).get(2).equals("end")) {
      throw new AssertionError("cell changed in the round trip: " + cell);
    }
  }
}
