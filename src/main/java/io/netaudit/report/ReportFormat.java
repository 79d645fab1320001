package io.netaudit.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * The report formats and their file extensions, with the naming rule for writing several from one
 * -o.
 */
public enum ReportFormat {
  CSV("csv"),
  JSONL("jsonl"),
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Case-insensitive, e.g. for picocli: "csv", "jsonl" (also "json-lines", "ndjson"), "html". */
  public static ReportFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "csv" -> CSV;
      case "jsonl", "json-lines", "ndjson" -> JSONL;
      case "html" -> HTML;
      default ->
          throw new IllegalArgumentException(
              "'" + name + "' is not a report format (csv, jsonl, html)");
    };
  }

  /**
   * Where each format goes. One format: exactly {@code output} (so {@code -o audit.txt} still
   * works, and "-" is stdout). Several: {@code output} minus a known extension (.csv, .jsonl,
   * .html) plus each format's extension, e.g. report.csv -> report.csv, report.jsonl, report.html;
   * "audit" -> audit.csv, ... The map iterates in CSV, JSONL, HTML order.
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
