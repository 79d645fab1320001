package io.netaudit.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of advisories.csv into validated {@link Advisory} values. */
final class AdvisoryReader {
  static final List<String> HEADER =
      List.of("id", "issuer", "jurisdiction", "date", "title", "url");

  // Ids appear in reports and on the command line, so keep them to one unambiguous shape.
  private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
  // ISO 3166-1 alpha-2, or "EU" (which is an exceptionally reserved alpha-2 code anyway).
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}");

  private AdvisoryReader() {}

  static List<Advisory> read(String source, List<ConfigCsv.Row> rows) throws PolicyException {
    List<Advisory> advisories = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (ConfigCsv.Row row : rows) {
      String id = row.get(0);
      if (!ID.matcher(id).matches()) {
        throw PolicyException.at(
            source, row.line(), "bad advisory id '" + id + "', expected e.g. US-NDAA-889");
      }
      Integer earlier = firstLine.putIfAbsent(id, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            source, row.line(), "duplicate advisory id " + id + " (first on line " + earlier + ")");
      }
      String jurisdiction = row.get(2);
      if (!JURISDICTION.matcher(jurisdiction).matches()) {
        throw PolicyException.at(
            source,
            row.line(),
            "bad jurisdiction '"
                + jurisdiction
                + "' for "
                + id
                + ", expected an ISO country code or EU");
      }
      advisories.add(
          new Advisory(
              id,
              required(source, row, 1, "issuer"),
              jurisdiction,
              date(source, row, id),
              required(source, row, 4, "title"),
              url(source, row, id)));
    }
    return advisories;
  }

  private static LocalDate date(String source, ConfigCsv.Row row, String id)
      throws PolicyException {
    try {
      return LocalDate.parse(row.get(3));
    } catch (DateTimeParseException e) {
      throw PolicyException.at(
          source, row.line(), "bad date '" + row.get(3) + "' for " + id + ", expected yyyy-mm-dd");
    }
  }

  private static String url(String source, ConfigCsv.Row row, String id) throws PolicyException {
    String url = row.get(5);
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      throw PolicyException.at(
          source, row.line(), "bad url '" + url + "' for " + id + ", expected http(s)://");
    }
    return url;
  }

  private static String required(String source, ConfigCsv.Row row, int column, String name)
      throws PolicyException {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw PolicyException.at(source, row.line(), "empty " + name);
    }
    return value;
  }
}
