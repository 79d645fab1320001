package io.netaudit.policy;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the rows of oem-producers.csv into {@link OemLink}s. */
final class OemReader {
  static final CsvSchema SCHEMA =
      CsvSchema.of("brand_id", "producer_id", "products", "reliability", "source", "notes")
          .oneLineCells();

  private OemReader() {}

  static List<OemLink> read(CsvTable table) throws PolicyException {
    List<OemLink> links = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String brand = FamilyReader.slug(row, "brand_id");
      String producer = FamilyReader.slug(row, "producer_id");
      if (brand.equals(producer)) {
        throw PolicyException.at(row, brand + " is named as its own producer");
      }
      // A brand may buy from several producers (one row each), but the same pair twice is a slip.
      Integer earlier = firstLine.putIfAbsent(brand + "|" + producer, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            row, "duplicate " + brand + " -> " + producer + " (first on line " + earlier + ")");
      }
      Reliability reliability = Reliability.ofRow(row);
      links.add(
          new OemLink(
              brand,
              producer,
              FamilyReader.required(row, "products"),
              reliability,
              FamilyReader.required(row, "source"),
              row.get("notes")));
    }
    return links;
  }
}
