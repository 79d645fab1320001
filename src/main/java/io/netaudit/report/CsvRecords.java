package io.netaudit.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CSV records of report rows, rendered ahead of the report: a run renders each row it keeps as
 * soon as it is judged, on the thread that judges, in the stretches where the sweep only waits out
 * timeouts. Writing the report at the end is then mostly copying bytes. Measured on 2 cores, a /16
 * with 2,000 answering devices: the CSV took 70-85 ms after the sweep (cold code: 78,000 cells,
 * then 1.7 MB through the UTF-8 encoder), all of it between the sweep's end and the exit.
 *
 * <p>A row is a value (records all the way down, lists copied), so a row equal to one rendered
 * ahead has the same text; a row changed after it was rendered (MACs added, another waiver state)
 * is not equal and is rendered when written. Rows beyond {@link #BUDGET} bytes are rendered when
 * written too, so a large estate holds at most that much more.
 */
public final class CsvRecords {
  /** 16 MiB: some 20,000 rows of a typical report (about 850 bytes a row). */
  static final long BUDGET = 16L << 20;

  private final long budget;
  private final Map<Key, byte[]> ahead = new HashMap<>();
  private long used;

  private CsvRecords(long budget) {
    this.budget = budget;
  }

  /** Renders ahead, up to {@link #BUDGET} bytes. */
  public static CsvRecords ahead() {
    return new CsvRecords(BUDGET);
  }

  /** Renders ahead up to {@code budget} bytes (tests). */
  static CsvRecords withBudget(long budget) {
    return new CsvRecords(budget);
  }

  /** Renders nothing ahead: every row when it is written. */
  public static CsvRecords none() {
    return new CsvRecords(0);
  }

  /** Renders {@code row} now while there is budget left; any thread. */
  public void prepare(ReportRow row) {
    if (full()) {
      return;
    }
    byte[] text = render(row);
    synchronized (this) {
      if (used + text.length <= budget && ahead.putIfAbsent(new Key(row), text) == null) {
        used += text.length;
      }
    }
  }

  /** The row's CSV record in UTF-8, its CRLF included: as rendered ahead, else rendered now. */
  byte[] of(ReportRow row) {
    byte[] text;
    synchronized (this) {
      text = ahead.isEmpty() ? null : ahead.get(new Key(row));
    }
    return text != null ? text : render(row);
  }

  /** How many rows are rendered ahead (tests). */
  synchronized int size() {
    return ahead.size();
  }

  private synchronized boolean full() {
    return used >= budget;
  }

  private static byte[] render(ReportRow row) {
    return CsvReportWriter.record(row).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A row as a map key, hashed by its address and status only: a row's own hash walks every record
   * inside it, which cost more than the copying it saves. Rows of one address (a chassis and its
   * components) share a bucket and are told apart by equality, which is quick for a row rebuilt
   * from the same parts (only its history columns differ in identity).
   */
  private record Key(ReportRow row) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && row.equals(k.row);
    }

    @Override
    public int hashCode() {
      return Objects.hash(row.address(), row.finding().status());
    }
  }
}
