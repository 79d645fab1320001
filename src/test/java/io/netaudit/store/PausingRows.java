package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Rows made on the fly, in report order, that call {@code pause} once after {@code pauseAfter} rows
 * (never when it is negative): the store has then written part of the run inside its open
 * transaction.
 */
final class PausingRows implements ReportRows {
  private final int total;
  private final int pauseAfter;
  private final Runnable pause;
  private final IntFunction<ReportRow> rows;

  PausingRows(int total, int pauseAfter, Runnable pause) {
    this(total, pauseAfter, pause, PausingRows::row);
  }

  PausingRows(int total, int pauseAfter, Runnable pause, IntFunction<ReportRow> rows) {
    this.total = total;
    this.pauseAfter = pauseAfter;
    this.pause = pause;
    this.rows = rows;
  }

  /** {@code total} rows made by {@code rows}, without a pause. */
  static PausingRows of(int total, IntFunction<ReportRow> rows) {
    return new PausingRows(total, -1, () -> {}, rows);
  }

  /** The i-th endpoint-like device row: 10.x.y.z, every 50th restricted. */
  static ReportRow row(int i) {
    String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    return StoreRows.device(
        address, i % 50 == 0 ? AuditStatus.RESTRICTED : AuditStatus.COMPLIANT, "Maker" + i % 7);
  }

  @Override
  public long size() {
    return total;
  }

  @Override
  public Cursor open() {
    return new Cursor() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < total;
      }

      @Override
      public ReportRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (next == pauseAfter) {
          pause.run();
        }
        return rows.apply(next++);
      }

      @Override
      public void close() {}
    };
  }
}
