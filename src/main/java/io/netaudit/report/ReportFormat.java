package io.netaudit.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report formats, each with its file extension, the names --format accepts and its {@link
 * ReportWriter}, and the naming rule for writing several from one -o. Adding a format: its writer
 * class and one constant here.
 */
public enum ReportFormat {
  // The registry of formats: one line each (extension, other accepted names, writer).
  CSV("csv", List.of(), CsvReportWriter::new),
  JSONL("jsonl", List.of("json-lines", "ndjson"), JsonLinesWriter::new),
  HTML("html", List.of(), HtmlReportWriter::new);

  private final String extension;
  private final List<String> aliases;
  private final Function<OutputStream, ReportWriter> writer;

  ReportFormat(
      String extension, List<String> aliases, Function<OutputStream, ReportWriter> writer) {
    this.extension = extension;
    this.aliases = aliases;
    this.writer = writer;
  }

  public String extension() {
    return extension;
  }

  /** This format's writer; "-" as a target writes to stdoutForDash. */
  public ReportWriter writer(OutputStream stdoutForDash) {
    return writer.apply(stdoutForDash);
  }

  /**
   * Case-insensitive, e.g. for picocli: the extension ("csv", "jsonl", "html") or another accepted
   * name ("json-lines", "ndjson").
   */
  public static ReportFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(n) || f.aliases.contains(n)) {
        return f;
      }
    }
    List<String> known = new ArrayList<>();
    for (ReportFormat f : values()) {
      known.add(f.extension);
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a report format (" + String.join(", ", known) + ")");
  }

  /**
   * Where each format goes. One format: exactly {@code output} (so {@code -o audit.txt} still
   * works, and "-" is stdout). Several: {@code output} minus a known extension (.csv, .jsonl,
   * .html, ...) plus each format's extension, e.g. report.csv -> report.csv, report.jsonl,
   * report.html; "audit" -> audit.csv, ... The map iterates in declaration order (CSV, JSONL,
   * HTML).
   *
   * @throws IllegalArgumentException when formats is empty, or several formats would all go to
   *     stdout ("-")
   */
  public static Map<ReportFormat, String> targets(String output, Collection<ReportFormat> formats) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no report format given");
    }
    EnumSet<ReportFormat> set = EnumSet.copyOf(formats);
    Map<ReportFormat, String> out = new EnumMap<>(ReportFormat.class);
    if (set.size() == 1) {
      out.put(set.iterator().next(), output);
      return out;
    }
    if ("-".equals(output)) {
      throw new IllegalArgumentException(
          "only one --format can go to stdout; give -o FILE for several");
    }
    String base = output;
    for (ReportFormat f : values()) {
      String ext = "." + f.extension;
      if (base.toLowerCase(Locale.ROOT).endsWith(ext) && base.length() > ext.length()) {
        base = base.substring(0, base.length() - ext.length());
        break;
      }
    }
    for (ReportFormat f : set) {
      out.put(f, base + "." + f.extension);
    }
    return out;
  }
}
