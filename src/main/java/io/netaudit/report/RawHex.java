package io.netaudit.report;

import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw bytes of device text that was not valid UTF-8, as lowercase hex, per row and column.
 * {@link ReportRow} holds decoded text only (ISO-8859-1 when the bytes were not UTF-8); this keeps
 * the exact bytes alongside without changing the row model. {@link JsonLinesWriter} emits them as
 * {@code "<column>_hex"} keys.
 *
 * <p>Rows are matched by identity (two equal rows of different devices stay apart). Not
 * thread-safe: fill it on the thread that collects the rows.
 */
public final class RawHex {
  private final Map<ReportRow, Map<String, String>> byRow = new IdentityHashMap<>();

  /** Records column's raw bytes for row; no-op for null or empty bytes. */
  public RawHex put(ReportRow row, ReportColumn column, byte[] raw) {
    if (raw != null && raw.length > 0) {
      putHex(row, column, HexFormat.of().formatHex(raw));
    }
    return this;
  }

  /**
   * Records column's raw bytes for row as hex text already made (e.g. {@code DeviceString.hex()}).
   */
  public RawHex putHex(ReportRow row, ReportColumn column, String hex) {
    if (hex == null || hex.isEmpty()) {
      return this;
    }
    if ((hex.length() & 1) != 0
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException(
          "not lowercase hex: " + hex.length() + " chars for " + column.header());
    }
    byRow.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column.header(), hex);
    return this;
  }

  /** Column header -> hex for row; empty when the row's text was all valid UTF-8. */
  public Map<String, String> forRow(ReportRow row) {
    Map<String, String> m = byRow.get(row);
    return m == null ? Map.of() : Collections.unmodifiableMap(m);
  }
}
