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
 * The report formats, each with the name --format takes, its file extension, other accepted names
 * and its {@link ReportWriter}, and the naming rule for writing several from one -o. Adding a
 * format: its writer class and one constant here.
 */
public enum ReportFormat {
  // The registry of formats: one line each (name, file extension, other accepted names, writer).
  // The declaration order is the order of --format's help and of the files of one run.
  CSV("csv", "csv", List.of(), CsvReportWriter::new),
  JSONL("jsonl", "jsonl", List.of("json-lines", "ndjson", "jsonl2"), JsonLinesV2Writer::new),
  HTML("html", "html", List.of(), HtmlReportWriter::new),
  CYCLONEDX("cyclonedx", "cdx.json", List.of("cdx"), CycloneDxWriter::new),
  // JSON Lines version 1 (every value a string), kept for one release after v2 became "jsonl".
  JSONL1("jsonl1", "v1.jsonl", List.of(), JsonLinesWriter::new);

  private final String formatName;
  private final String extension;
  private final List<String> aliases;
  private final Function<OutputStream, ReportWriter> writer;

  ReportFormat(
      String formatName,
      String extension,
      List<String> aliases,
      Function<OutputStream, ReportWriter> writer) {
    this.formatName = formatName;
    this.extension = extension;
    this.aliases = aliases;
    this.writer = writer;
  }

  /** The name --format takes, e.g. {@code cyclonedx}. */
  public String formatName() {
    return formatName;
  }

  /** The file extension without the leading dot, e.g. {@code cdx.json}. */
  public String extension() {
    return extension;
  }

  /** This format's writer; "-" as a target writes to stdoutForDash. */
  public ReportWriter writer(OutputStream stdoutForDash) {
    return writer.apply(stdoutForDash);
  }

  /**
   * Case-insensitive, e.g. for picocli: the format's name ("csv", "jsonl", "html", "cyclonedx",
   * "jsonl1") or another accepted name ("json-lines", "ndjson", "cdx").
   */
  public static ReportFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.formatName.equals(n) || f.aliases.contains(n)) {
        return f;
      }
    }
    List<String> known = new ArrayList<>();
    for (ReportFormat f : values()) {
      known.add(f.formatName);
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a report format (" + String.join(", ", known) + ")");
  }

  /**
   * Where each format goes. One format: exactly {@code output} (so {@code -o audit.txt} still
   * works, and "-" is stdout). Several: {@code output} minus the longest known extension (.csv,
   * .jsonl, .v1.jsonl, .cdx.json, ...) plus each format's extension, e.g. report.csv -> report.csv,
   * report.jsonl, report.html; "audit" -> audit.csv, ... The map iterates in declaration order.
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
    String lower = output.toLowerCase(Locale.ROOT);
    int strip = 0;
    for (ReportFormat f : values()) {
      String ext = "." + f.extension;
      if (lower.endsWith(ext) && lower.length() > ext.length() && ext.length() > strip) {
        strip = ext.length(); // the longest: audit.v1.jsonl is "audit", not "audit.v1"
      }
    }
    base = base.substring(0, base.length() - strip);
    for (ReportFormat f : set) {
      out.put(f, base + "." + f.extension);
    }
    return out;
  }
}
