package io.netaudit.diff;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The devices of one netaudit CSV report, read by header name (column order and extra columns do
 * not matter). A file is accepted as a report when it is UTF-8 CSV (an optional BOM is skipped)
 * whose header has every column of {@link #REQUIRED} and every record has as many cells as the
 * header. Cells are kept as written (already sanitized by the report writer).
 */
public record ReportSnapshot(String name, List<Device> devices) {
  /** The columns a netaudit report always has and the diff needs. */
  public static final List<String> REQUIRED =
      List.of("address", "status", "vendor", "advisories", "model", "firmware");

  /** One row: its address cell and every cell by header. */
  public record Device(String address, Map<String, String> cells) {
    public String get(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  public ReportSnapshot {
    devices = List.copyOf(devices);
  }

  /**
   * Reads a report file whole (reports hold one row per responder, so they fit in memory).
   *
   * @throws IOException when the file cannot be read at all (missing, a directory, no permission)
   * @throws ReportFormatException when it can be read but is not a netaudit report
   */
  public static ReportSnapshot read(Path file) throws IOException, ReportFormatException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ReportFormatException(file + " is not a netaudit report (not UTF-8 text)");
    }
    return parse(file.toString(), text);
  }

  /** Parses report text; name is used in messages. */
  public static ReportSnapshot parse(String name, String text) throws ReportFormatException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ReportFormatException(name + " is not a netaudit report (empty file)");
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .build();
    List<Device> devices = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = new ArrayList<>();
      for (String column : REQUIRED) {
        if (!header.contains(column)) {
          missing.add(column);
        }
      }
      if (!missing.isEmpty()) {
        throw new ReportFormatException(
            name
                + " is not a netaudit report (no column "
                + String.join(", ", missing)
                + " in the header)");
      }
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new ReportFormatException(
              name
                  + " is not a valid netaudit report (line "
                  + parser.getCurrentLineNumber()
                  + " has "
                  + record.size()
                  + " cells, the header has "
                  + header.size()
                  + ")");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : header) {
          cells.put(column, record.get(column));
        }
        String address = cells.get("address").strip();
        if (address.isEmpty()) {
          throw new ReportFormatException(
              name
                  + " is not a valid netaudit report (line "
                  + parser.getCurrentLineNumber()
                  + " has no address)");
        }
        devices.add(new Device(address, Collections.unmodifiableMap(cells)));
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // Commons CSV reports malformed quoting and duplicate headers this way.
      throw new ReportFormatException(
          name + " is not a valid netaudit report (" + firstLine(e.getMessage()) + ")");
    } catch (IOException e) {
      throw new ReportFormatException(
          name + " is not a valid netaudit report (" + firstLine(e.getMessage()) + ")");
    }
    return new ReportSnapshot(name, devices);
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable CSV" : s.lines().findFirst().orElse("unreadable CSV");
  }
}
