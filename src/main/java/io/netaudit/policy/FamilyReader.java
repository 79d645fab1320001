package io.netaudit.policy;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the rows of families.csv into {@link FamilyLink}s. */
final class FamilyReader {
  static final CsvSchema SCHEMA =
      CsvSchema.of(
              "vendor_id",
              "entity",
              "parent_id",
              "relation",
              "share",
              "since",
              "until",
              "reliability",
              "source",
              "notes")
          .oneLineCells();

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SHARE = Pattern.compile("\\d{1,3}(\\.\\d+)?");

  private FamilyReader() {}

  static List<FamilyLink> read(CsvTable table) throws PolicyException {
    List<FamilyLink> links = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String vendorId = slug(row, "vendor_id");
      String parentId = slug(row, "parent_id");
      if (vendorId.equals(parentId)) {
        throw PolicyException.at(row, vendorId + " is its own parent");
      }
      // One tie per maker keeps the verdict text one statement; a change of stake is one row with
      // the whole window and the shares in notes.
      Integer earlier = firstLine.putIfAbsent(vendorId, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            row, "duplicate vendor_id " + vendorId + " (first on line " + earlier + ")");
      }
      Relation relation =
          Relation.parse(row.get("relation"))
              .orElseThrow(
                  () ->
                      PolicyException.at(
                          row,
                          "bad relation '"
                              + row.get("relation")
                              + "', expected subsidiary, affiliate or joint-venture"));
      String share = row.get("share");
      if (!share.isEmpty() && !SHARE.matcher(share).matches()) {
        throw PolicyException.at(row, "bad share '" + share + "', expected a percentage like 49.9");
      }
      Optional<FactDate> since = date(row, "since");
      Optional<FactDate> until = date(row, "until");
      if (since.isPresent() && until.isPresent() && until.get().compareTo(since.get()) < 0) {
        throw PolicyException.at(row, "until " + until.get() + " is before since " + since.get());
      }
      Reliability reliability = Reliability.ofRow(row);
      links.add(
          new FamilyLink(
              vendorId,
              required(row, "entity"),
              parentId,
              relation,
              share,
              since,
              until,
              reliability,
              required(row, "source"),
              row.get("notes")));
    }
    return links;
  }

  static String slug(CsvTable.Row row, String column) throws PolicyException {
    String id = row.get(column);
    if (!SLUG.matcher(id).matches()) {
      throw PolicyException.at(
          row, "bad " + column + " '" + id + "', expected a lowercase slug like huawei");
    }
    return id;
  }

  static String required(CsvTable.Row row, String column) throws PolicyException {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw PolicyException.at(row, "empty " + column);
    }
    return value;
  }

  private static Optional<FactDate> date(CsvTable.Row row, String column) throws PolicyException {
    String text = row.get(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        FactDate.parse(text)
            .orElseThrow(
                () ->
                    PolicyException.at(
                        row,
                        "bad "
                            + column
                            + " '"
                            + text
                            + "', expected yyyy, yyyy-mm or yyyy-mm-dd")));
  }
}
