package io.netaudit.diff;

import io.netaudit.report.ReportColumn;
import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import io.netaudit.text.CsvTableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The devices of one netaudit CSV report, read by header name (column order and extra columns do
 * not matter). A file is accepted as a report when {@link CsvTable} reads it (UTF-8, an optional
 * BOM skipped) with every column of {@link #REQUIRED} in the header and as many cells in every
 * record as in the header. Cells are kept as written (already sanitized by the report writer).
 */
public record ReportSnapshot(String name, List<Device> devices) {
  /** The columns a netaudit report always has and the diff needs: the address and the fields. */
  public static final List<ReportColumn> REQUIRED =
      List.of(
          ReportColumn.ADDRESS,
          ReportColumn.STATUS,
          ReportColumn.VENDOR,
          ReportColumn.ADVISORIES,
          ReportColumn.MODEL,
          ReportColumn.FIRMWARE);

  private static final CsvSchema SCHEMA =
      CsvSchema.of(REQUIRED.stream().map(ReportColumn::header).toList()).allowingOtherColumns();

  /**
   * One row: its address cell and every cell by header. An endpoint row (row_type {@code endpoint})
   * is identified by its MAC instead: its address cell lists the IPs an ARP table gave, maybe none.
   */
  public record Device(String address, Map<String, String> cells) {
    /** True for an endpoint row: compared by MAC, not by address. */
    public boolean isEndpoint() {
      return "endpoint".equals(get(ReportColumn.ROW_TYPE));
    }

    /** The cell of a column by header name; "" when the report has no such column. */
    public String get(String column) {
      return cells.getOrDefault(column, "");
    }

    public String get(ReportColumn column) {
      return get(column.header());
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
    return parse(file.toString(), Files.readAllBytes(file));
  }

  /** Parses report text; name is used in messages. */
  public static ReportSnapshot parse(String name, String text) throws ReportFormatException {
    return parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ReportSnapshot parse(String name, byte[] bytes) throws ReportFormatException {
    CsvTable table;
    try {
      table = CsvTable.read(name, bytes, SCHEMA);
    } catch (CsvTableException e) {
      throw notAReport(name, e);
    }
    List<Device> devices = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (String column : table.header()) {
        cells.put(column, row.get(column));
      }
      String address = cells.get(ReportColumn.ADDRESS.header()).strip();
      boolean endpoint = "endpoint".equals(cells.get(ReportColumn.ROW_TYPE.header()));
      if (endpoint && cells.getOrDefault(ReportColumn.MAC.header(), "").isBlank()) {
        throw new ReportFormatException(
            name
                + " is not a valid netaudit report (line "
                + row.line()
                + ": an endpoint without a MAC)");
      }
      if (address.isEmpty() && !endpoint) {
        throw new ReportFormatException(
            name + " is not a valid netaudit report (line " + row.line() + " has no address)");
      }
      devices.add(new Device(address, Collections.unmodifiableMap(cells)));
    }
    return new ReportSnapshot(name, devices);
  }

  /** The reader's problem, phrased for someone who gave diff a file. */
  private static ReportFormatException notAReport(String name, CsvTableException e) {
    String why =
        switch (e.kind()) {
          case NOT_UTF8 -> "is not a netaudit report (not UTF-8 text)";
          case NO_HEADER -> "is not a netaudit report (empty file)";
          case MISSING_COLUMNS -> "is not a netaudit report (" + e.problem() + ")";
          case CELL_COUNT ->
              "is not a valid netaudit report (line " + e.line() + " " + e.problem() + ")";
          case BAD_HEADER, MALFORMED ->
              "is not a valid netaudit report (line " + e.line() + ": " + e.problem() + ")";
        };
    return new ReportFormatException(name + " " + why);
  }
}
