package io.netaudit.policy;

import io.netaudit.text.JsonText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The effective policy as machine formats for the compliance team's records: one CSV table with a
 * {@code section} column (advisory, rule, family, oem, obligation, maker), or one JSON document
 * with a list per section. The {@code maker} rows are the verdict a device identified as that maker
 * alone gets, families and OEM standing included.
 */
final class PolicyFormats {
  static final List<String> CSV_HEADER =
      List.of(
          "section",
          "id",
          "subject",
          "status",
          "advisories",
          "deadline",
          "reliability",
          "source",
          "text");

  private PolicyFormats() {}

  /** One row per fact; RFC 4180, CRLF. */
  static void csv(Policy p, PrintWriter out) {
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(new String[0])).build())) {
      for (Map<String, String> row : rows(p)) {
        List<String> cells = new ArrayList<>();
        for (String column : CSV_HEADER) {
          cells.add(row.getOrDefault(column, ""));
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** One JSON document: {"schema": "netaudit-policy/1", "advisory": [...], ...}. */
  static void json(Policy p, PrintWriter out) {
    Map<String, List<Map<String, String>>> bySection = new LinkedHashMap<>();
    for (String s : List.of("advisory", "rule", "family", "oem", "obligation", "maker")) {
      bySection.put(s, new ArrayList<>());
    }
    for (Map<String, String> row : rows(p)) {
      Map<String, String> copy = new LinkedHashMap<>(row);
      bySection.get(copy.remove("section")).add(copy);
    }
    StringBuilder j = new StringBuilder("{\n  \"schema\": \"netaudit-policy/1\",\n");
    j.append("  \"as_of\": ")
        .append(JsonText.quote(p.asOfDate().map(Object::toString).orElse("")))
        .append(",\n");
    int n = 0;
    for (Map.Entry<String, List<Map<String, String>>> e : bySection.entrySet()) {
      j.append("  ").append(JsonText.quote(e.getKey())).append(": [");
      for (int i = 0; i < e.getValue().size(); i++) {
        j.append(i == 0 ? "\n    " : ",\n    ").append(object(e.getValue().get(i)));
      }
      j.append(e.getValue().isEmpty() ? "]" : "\n  ]");
      j.append(++n < bySection.size() ? ",\n" : "\n");
    }
    out.print(j.append("}\n"));
    out.flush();
  }

  private static String object(Map<String, String> fields) {
    return fields.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> JsonText.quote(e.getKey()) + ": " + JsonText.quote(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** Every fact of the policy as a flat row, section by section. */
  static List<Map<String, String>> rows(Policy p) {
    List<Map<String, String>> rows = new ArrayList<>();
    advisories(p, rows);
    for (VendorRule r : p.rules()) {
      rows.add(
          row(
              "rule",
              r.vendorId(),
              "",
              r.status().name(),
              ids(r.advisories()),
              "",
              "",
              "",
              r.scope()));
    }
    families(p, rows);
    for (OemLink l : p.oemBrands()) {
      rows.add(
          row(
              "oem",
              l.brandId(),
              l.producerId(),
              "",
              "",
              "",
              l.reliability().name(),
              l.source(),
              l.products()));
    }
    for (Obligation o : p.obligations()) {
      rows.add(
          row(
              "obligation",
              o.advisory().id(),
              o.kind().label(),
              "",
              "",
              o.deadline().map(Object::toString).orElse(""),
              o.reliability().name(),
              o.source(),
              o.what() + " [" + o.networks() + "]"));
    }
    makers(p, rows);
    return rows;
  }

  private static void advisories(Policy p, List<Map<String, String>> rows) {
    for (Advisory a : p.advisories()) {
      Coverage c = a.coverage();
      rows.add(
          row(
              "advisory",
              a.id(),
              a.jurisdiction(),
              "",
              "",
              a.date().toString(),
              c == Coverage.NAMED_ONLY ? "" : c.reliability().name(),
              a.url(),
              a.title()
                  + "; "
                  + c.describe()
                  + (c.producedForOthers() ? "; covers equipment produced for others" : "")
                  + (c.source().isEmpty() ? "" : " (" + c.source() + ")")));
    }
  }

  private static void families(Policy p, List<Map<String, String>> rows) {
    for (FamilyLink l : p.families()) {
      rows.add(
          row(
              "family",
              l.vendorId(),
              l.parentId(),
              l.relation().label(),
              "",
              "",
              l.reliability().name(),
              l.source(),
              l.entity()
                  + (l.share().isEmpty() ? "" : "; share " + l.share() + " %")
                  + l.since().map(d -> "; since " + d).orElse("")
                  + l.until().map(d -> "; until " + d).orElse("")));
    }
  }

  /**
   * The verdict of each maker alone: status, advisories, deadline (source column: its advisory).
   */
  private static void makers(Policy p, List<Map<String, String>> rows) {
    for (Map.Entry<String, Verdict> e : p.effective().entrySet()) {
      Verdict v = e.getValue();
      rows.add(
          row(
              "maker",
              e.getKey(),
              p.name(e.getKey()),
              v.status().name(),
              ids(v.advisories()),
              v.deadline().flatMap(Obligation::deadline).map(Object::toString).orElse(""),
              "",
              v.deadline().map(o -> o.advisory().id()).orElse(""),
              v.reason()));
    }
  }

  private static Map<String, String> row(String... cells) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      m.put(CSV_HEADER.get(i), cells[i]);
    }
    return m;
  }

  private static String ids(List<Advisory> advisories) {
    return advisories.stream().map(Advisory::id).collect(Collectors.joining(" "));
  }
}
