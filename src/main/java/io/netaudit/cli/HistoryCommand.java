package io.netaudit.cli;

import io.netaudit.report.AtomicReportFile;
import io.netaudit.report.CellSanitizer;
import io.netaudit.store.HistoryEvent;
import io.netaudit.store.HistoryFilter;
import io.netaudit.store.Store;
import io.netaudit.store.StoreException;
import io.netaudit.store.SubjectState;
import io.netaudit.store.Subjects;
import io.netaudit.text.VisibleText;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit history}: the timeline of a device, a MAC, a maker or a site, from the store. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "The timeline from the audit history store: what each subject (a device's address, a"
            + " component, a MAC) is now, and what happened to it run after run (appeared, status"
            + " changed, remediated, reappeared).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed (also when nothing matched)",
      "2:usage error, no store, or a store made by a newer netaudit",
      "3:the store cannot be read, or the output cannot be written"
    })
final class HistoryCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin StoreAccess access = new StoreAccess();

  @Parameters(
      arity = "0..1",
      paramLabel = "ADDRESS|MAC",
      description = "One device (with its components) or one MAC; default: everything.")
  String subject;

  @Option(names = "--vendor", paramLabel = "V", description = "Only makers whose name contains V.")
  String vendor;

  @Option(names = "--site", paramLabel = "S", description = "Only site S (default: every site).")
  String site;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only events from DATE on (2025-01-31, or 2025-01-31T02:30:00Z).")
  String since;

  @Option(
      names = "--event",
      paramLabel = "KIND",
      description = "Only events of KIND: appeared, status_changed, remediated, reappeared.")
  String event;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (for people, the default) or csv (the events, for other tools).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Write to FILE, atomically ('-' = stdout, the default).")
  String output;

  @Override
  public Integer call() throws StoreException {
    CliContext ctx = parent.context();
    boolean csv =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "text" -> false;
          case "csv" -> true;
          default -> throw new UsageException("--format '" + format + "' is not text or csv");
        };
    HistoryFilter filter = filter();
    Store store = StoreReading.open(ctx, parent, access);
    List<HistoryEvent> events = new ArrayList<>();
    for (HistoryEvent e : store.events(filter)) {
      if (event == null || e.kind().equalsIgnoreCase(event.strip())) {
        events.add(e);
      }
    }
    List<SubjectState> subjects =
        csv
            ? List.of()
            : store.subjects(
                new HistoryFilter(filter.site(), filter.subject(), filter.vendor(), null));
    try {
      new AtomicReportFile(ctx.out())
          .write(
              output,
              out -> {
                if (csv) {
                  writeCsv(out, events);
                } else {
                  writeText(out, subjects, events);
                }
              });
    } catch (IOException | RuntimeException e) {
      ctx.err()
          .println(
              "netaudit: error: cannot write "
                  + ("-".equals(output) ? "to stdout" : output)
                  + ": "
                  + e.getMessage());
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  private HistoryFilter filter() {
    String key = null;
    if (subject != null) {
      try {
        key = Subjects.normalize(subject);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Instant from = since == null ? null : StoreReading.since("--since", since);
    return new HistoryFilter(
        site, key, vendor == null || vendor.isBlank() ? null : vendor.strip(), from);
  }

  private static void writeText(Writer out, List<SubjectState> subjects, List<HistoryEvent> events)
      throws IOException {
    if (subjects.isEmpty() && events.isEmpty()) {
      out.write("no history matches\n");
      return;
    }
    TextTable now =
        new TextTable(
            "site", "subject", "kind", "vendor", "status", "first seen", "last seen", "remediated");
    for (SubjectState s : subjects) {
      now.add(
          s.site(),
          s.label(),
          s.rowKind(),
          s.vendor(),
          s.status(),
          s.firstSeen().toString(),
          s.lastSeen().toString(),
          s.remediatedAt() == null ? "" : s.remediatedAt().toString());
    }
    TextTable timeline =
        new TextTable("time", "site", "event", "subject", "kind", "vendor", "status");
    for (HistoryEvent e : events) {
      String status =
          e.oldStatus().isEmpty()
              ? e.newStatus()
              : e.newStatus().isEmpty() ? e.oldStatus() : e.oldStatus() + " -> " + e.newStatus();
      timeline.add(
          e.at().toString(),
          e.site(),
          e.kind().replace('_', ' '),
          Subjects.label(e.subject()),
          e.rowKind(),
          e.vendor(),
          status);
    }
    if (!subjects.isEmpty()) {
      out.write(now.render());
      out.write("\n");
    }
    out.write(timeline.render());
  }

  private static void writeCsv(Writer out, List<HistoryEvent> events) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
    p.printRecord(
        "time",
        "site",
        "event",
        "subject",
        "row_type",
        "address",
        "mac",
        "vendor",
        "old_status",
        "new_status");
    for (HistoryEvent e : events) {
      p.printRecord(
          e.at().toString(),
          clean(e.site()),
          e.kind(),
          clean(Subjects.label(e.subject())),
          e.rowKind(),
          e.address(),
          e.mac(),
          clean(e.vendor()),
          e.oldStatus(),
          e.newStatus());
    }
    p.flush();
  }

  private static String clean(String s) {
    return CellSanitizer.clean(s);
  }

  /** Left-aligned columns for people; device text made visible (no control characters). */
  static final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
      rows.add(header);
    }

    void add(String... cells) {
      String[] visible = new String[cells.length];
      for (int i = 0; i < cells.length; i++) {
        visible[i] = VisibleText.of(cells[i] == null ? "" : cells[i], " | ");
      }
      rows.add(visible);
    }

    String render() {
      int[] width = new int[rows.get(0).length];
      for (String[] r : rows) {
        for (int i = 0; i < r.length; i++) {
          width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
        }
      }
      StringBuilder b = new StringBuilder();
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
          line.append(r[i]);
          line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
        }
        b.append(line.toString().stripTrailing()).append('\n');
      }
      return b.toString();
    }
  }
}
