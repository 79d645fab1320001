package io.netaudit.policy;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of advisories.csv into validated {@link Advisory} values. */
final class AdvisoryReader {
  static final CsvSchema SCHEMA =
      CsvSchema.of("id", "issuer", "jurisdiction", "date", "title", "url")
          // Optional so that a --policy-dir written before them still loads: such an advisory
          // reaches only the companies it names.
          .withOptional("covers", "produced_for_others", "coverage_reliability", "coverage_source")
          .oneLineCells();

  // Ids appear in reports and on the command line, so keep them to one unambiguous shape.
  private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
  // ISO 3166-1 alpha-2, or "EU" (which is an exceptionally reserved alpha-2 code anyway).
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}");

  private AdvisoryReader() {}

  static List<Advisory> read(CsvTable table) throws PolicyException {
    List<Advisory> advisories = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String id = row.get("id");
      if (!ID.matcher(id).matches()) {
        throw PolicyException.at(row, "bad advisory id '" + id + "', expected e.g. US-NDAA-889");
      }
      Integer earlier = firstLine.putIfAbsent(id, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            row, "duplicate advisory id " + id + " (first on line " + earlier + ")");
      }
      String jurisdiction = row.get("jurisdiction");
      if (!JURISDICTION.matcher(jurisdiction).matches()) {
        throw PolicyException.at(
            row,
            "bad jurisdiction '"
                + jurisdiction
                + "' for "
                + id
                + ", expected an ISO country code or EU");
      }
      advisories.add(
          new Advisory(
              id,
              required(row, "issuer"),
              jurisdiction,
              date(row, id),
              required(row, "title"),
              url(row, id),
              coverage(row, id)));
    }
    return advisories;
  }

  private static LocalDate date(CsvTable.Row row, String id) throws PolicyException {
    try {
      return LocalDate.parse(row.get("date"));
    } catch (DateTimeParseException e) {
      throw PolicyException.at(
          row, "bad date '" + row.get("date") + "' for " + id + ", expected yyyy-mm-dd");
    }
  }

  private static Coverage coverage(CsvTable.Row row, String id) throws PolicyException {
    Coverage.Group group;
    switch (row.get("covers")) {
      case "":
      case "named":
        group = Coverage.Group.NAMED;
        break;
      case "subsidiaries":
        group = Coverage.Group.SUBSIDIARIES;
        break;
      case "affiliates":
        group = Coverage.Group.AFFILIATES;
        break;
      default:
        throw PolicyException.at(
            row,
            "bad covers '"
                + row.get("covers")
                + "' for "
                + id
                + ", expected named, subsidiaries or affiliates");
    }
    boolean produced;
    switch (row.get("produced_for_others")) {
      case "":
      case "no":
        produced = false;
        break;
      case "yes":
        produced = true;
        break;
      default:
        throw PolicyException.at(
            row,
            "bad produced_for_others '" + row.get("produced_for_others") + "', expected yes or no");
    }
    if (group == Coverage.Group.NAMED && !produced) {
      return Coverage.NAMED_ONLY;
    }
    // A reading that widens an advisory must say where it comes from and how sure it is.
    Reliability reliability =
        Reliability.parse(row.get("coverage_reliability"))
            .orElseThrow(
                () ->
                    PolicyException.at(
                        row,
                        "bad coverage_reliability '"
                            + row.get("coverage_reliability")
                            + "' for "
                            + id
                            + ", expected P, S, C or UNVERIFIED"));
    if (row.get("coverage_source").isEmpty()) {
      throw PolicyException.at(row, "empty coverage_source for " + id);
    }
    return new Coverage(group, produced, reliability, row.get("coverage_source"));
  }

  private static String url(CsvTable.Row row, String id) throws PolicyException {
    String url = row.get("url");
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      throw PolicyException.at(row, "bad url '" + url + "' for " + id + ", expected http(s)://");
    }
    return url;
  }

  private static String required(CsvTable.Row row, String column) throws PolicyException {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw PolicyException.at(row, "empty " + column);
    }
    return value;
  }
}
