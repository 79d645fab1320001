package io.netaudit.report;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The rows of a report in report order (by address, see {@link AddressOrder}; ties by cell text;
 * endpoint rows, which have no single address, after them by MAC), possibly more than fit in
 * memory: each {@link #open()} starts a new pass that may read them from disk again. The writers
 * ({@link CsvReportWriter}, {@link JsonLinesWriter}) stream a pass, so a report of millions of rows
 * needs no more heap than its source does. A pass that cannot read its data throws {@link
 * java.io.UncheckedIOException}.
 */
public interface ReportRows {
  /**
   * Report order: address first; the full cell text breaks ties so duplicate-address rows stay in a
   * fixed order.
   */
  Comparator<ReportRow> ORDER =
      Comparator.comparing(ReportRow::address, new AddressOrder())
          .thenComparing(CsvReportWriter::cells, CsvReportWriter::compareCells);

  /** How many rows a pass yields. */
  long size();

  /** A new pass over the rows, in {@link #ORDER}. Close it when done (also when abandoning it). */
  Cursor open();

  /** One pass. */
  interface Cursor extends Iterator<ReportRow>, Closeable {
    @Override
    void close();
  }

  /** Rows held in memory, sorted once here. */
  static ReportRows of(Collection<ReportRow> rows) {
    List<ReportRow> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    return inOrder(sorted);
  }

  /**
   * Rows held in memory, in the order given: rows with no address (endpoints, by MAC) whose order
   * the caller decides; {@link #of} would sort them by an address they do not have.
   */
  static ReportRows inOrder(List<ReportRow> rows) {
    List<ReportRow> held = List.copyOf(rows);
    return new ReportRows() {
      @Override
      public long size() {
        return held.size();
      }

      @Override
      public Cursor open() {
        Iterator<ReportRow> it = held.iterator();
        return new Cursor() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public ReportRow next() {
            return it.next();
          }

          @Override
          public void close() {}
        };
      }
    };
  }

  /**
   * {@code first}'s rows, then {@code second}'s, in one pass (endpoint rows, ordered by MAC, follow
   * the rows ordered by address).
   */
  static ReportRows concat(ReportRows first, ReportRows second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return new ReportRows() {
      @Override
      public long size() {
        return first.size() + second.size();
      }

      @Override
      public Cursor open() {
        Cursor a = first.open();
        return new Cursor() {
          private Cursor current = a;
          private Cursor next;
          private boolean switched;

          @Override
          public boolean hasNext() {
            if (current.hasNext()) {
              return true;
            }
            if (!switched) {
              switched = true;
              next = second.open();
              current.close();
              current = next;
              return current.hasNext();
            }
            return false;
          }

          @Override
          public ReportRow next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }

          @Override
          public void close() {
            current.close();
          }
        };
      }
    };
  }

  /**
   * Both sources' rows in one pass, merged in {@link #ORDER} (each source must already be in that
   * order).
   */
  static ReportRows merge(ReportRows a, ReportRows b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return new ReportRows() {
      @Override
      public long size() {
        return a.size() + b.size();
      }

      @Override
      public Cursor open() {
        Cursor x = a.open();
        Cursor y;
        try {
          y = b.open();
        } catch (RuntimeException e) {
          x.close();
          throw e;
        }
        return new Cursor() {
          private ReportRow headX = x.hasNext() ? x.next() : null;
          private ReportRow headY = y.hasNext() ? y.next() : null;

          @Override
          public boolean hasNext() {
            return headX != null || headY != null;
          }

          @Override
          public ReportRow next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ReportRow r;
            if (headY == null || (headX != null && ORDER.compare(headX, headY) <= 0)) {
              r = headX;
              headX = x.hasNext() ? x.next() : null;
            } else {
              r = headY;
              headY = y.hasNext() ? y.next() : null;
            }
            return r;
          }

          @Override
          public void close() {
            try {
              x.close();
            } finally {
              y.close();
            }
          }
        };
      }
    };
  }

  /**
   * The same rows, each passed through {@code f} as it streams (e.g. to add its history); {@code f}
   * must keep a row's place in {@link #ORDER}.
   */
  default ReportRows map(java.util.function.UnaryOperator<ReportRow> f) {
    Objects.requireNonNull(f, "f");
    ReportRows source = this;
    return new ReportRows() {
      @Override
      public long size() {
        return source.size();
      }

      @Override
      public Cursor open() {
        Cursor c = source.open();
        return new Cursor() {
          @Override
          public boolean hasNext() {
            return c.hasNext();
          }

          @Override
          public ReportRow next() {
            return f.apply(c.next());
          }

          @Override
          public void close() {
            c.close();
          }
        };
      }
    };
  }
}
