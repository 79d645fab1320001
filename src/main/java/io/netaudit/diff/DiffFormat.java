package io.netaudit.diff;

import io.netaudit.report.CellSanitizer;
import io.netaudit.report.ReportColumn;
import io.netaudit.text.VisibleText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The two renderings of a diff: text for people, CSV for tools. */
public enum DiffFormat {
  /** Human-readable, grouped by kind of change; device text has control characters made visible. */
  TEXT {
    @Override
    public void write(Writer out, String oldName, String newName, List<Change> changes)
        throws IOException {
      out.write("netaudit diff: " + plain(oldName) + " -> " + plain(newName) + "\n");
      long appeared = count(changes, Change.Kind.APPEARED);
      long disappeared = count(changes, Change.Kind.DISAPPEARED);
      long changed = count(changes, Change.Kind.CHANGED);
      long moved = count(changes, Change.Kind.MOVED);
      long restricted = changes.stream().filter(Change::newRestricted).count();
      if (changes.isEmpty()) {
        out.write("No differences in devices, vendors, models, firmware or verdicts.\n");
        return;
      }
      out.write(
          appeared
              + " appeared, "
              + disappeared
              + " disappeared, "
              + changed
              + " changed"
              + (moved == 0 ? "" : ", " + moved + " moved")
              + "; "
              + restricted
              + " new RESTRICTED finding"
              + (restricted == 1 ? "" : "s")
              + "\n");
      for (Change.Kind kind : Change.Kind.values()) {
        List<Change> some = changes.stream().filter(c -> c.kind() == kind).toList();
        if (some.isEmpty()) {
          continue;
        }
        out.write("\n" + kind + " (" + some.size() + ")\n");
        for (Change c : some) {
          out.write(c.newRestricted() ? "! " : "  ");
          out.write(plain(c.address()) + "  " + orNone(c.status()));
          if (kind == Change.Kind.CHANGED || kind == Change.Kind.MOVED) {
            out.write("\n");
            for (Change.FieldChange f : c.fields()) {
              out.write(
                  "      "
                      + f.field()
                      + ": "
                      + orNone(f.oldValue())
                      + " -> "
                      + orNone(f.newValue())
                      + "\n");
            }
          } else {
            StringBuilder what = new StringBuilder();
            for (Change.FieldChange f : c.fields()) {
              String v = kind == Change.Kind.APPEARED ? f.newValue() : f.oldValue();
              if (f.column() != ReportColumn.STATUS && !v.isEmpty()) {
                what.append("  ").append(f.field()).append('=').append(quoted(v));
              }
            }
            out.write(what + "\n");
          }
        }
      }
    }
  },

  /**
   * RFC 4180 CSV (CRLF, UTF-8) with header change,address,field,old,new,status; every cell
   * sanitized.
   */
  CSV {
    @Override
    public void write(Writer out, String oldName, String newName, List<Change> changes)
        throws IOException {
      CSVPrinter printer =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build());
      for (Change c : changes) {
        for (Change.FieldChange f : c.fields()) {
          printer.printRecord(
              clean(c.kind().name()),
              clean(c.address()),
              clean(f.field()),
              clean(f.oldValue()),
              clean(f.newValue()),
              clean(c.status()));
        }
      }
      printer.flush();
    }
  };

  /** The CSV header. */
  public static final List<String> HEADER =
      List.of("change", "address", "field", "old", "new", "status");

  /** Writes the diff of the reports called oldName and newName; does not close out. */
  public abstract void write(Writer out, String oldName, String newName, List<Change> changes)
      throws IOException;

  private static long count(List<Change> changes, Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  private static String clean(String s) {
    return CellSanitizer.clean(s);
  }

  private static String orNone(String s) {
    return s == null || s.isEmpty() ? "(empty)" : quoted(s);
  }

  private static String quoted(String s) {
    String p = plain(s);
    return p.isEmpty() || p.strip().length() != p.length() || p.contains(" ") ? "\"" + p + "\"" : p;
  }

  /** One terminal line: line breaks become " | ", other controls "\xNN", lone surrogates U+FFFD. */
  static String plain(String s) {
    return VisibleText.of(s, " | ");
  }
}
