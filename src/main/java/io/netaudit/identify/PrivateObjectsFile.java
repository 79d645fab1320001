package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code private-oids.csv}: the identity objects the scanner GETs and what an answer says.
 */
final class PrivateObjectsFile {
  private static final List<String> COLUMNS =
      List.of("oid", "vendor_id", "strength", "value_pattern", "column", "notes");

  private PrivateObjectsFile() {}

  static List<PrivateObjectRule> parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    List<PrivateObjectRule> out = new ArrayList<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      Oid oid = oid(row);
      String vid = row.get("vendor_id").trim();
      Optional<Vendor> vendor =
          vid.equals("*")
              ? Optional.empty()
              : Optional.of(CatalogueCsv.knownVendor(vendors, row, vid));
      EnterpriseNumber.PenStrength strength = CatalogueCsv.penStrength(row, row.get("strength"));
      Optional<Pattern> value =
          CatalogueCsv.optionalRegex(row, "value_pattern", row.get("value_pattern"));
      if (strength != EnterpriseNumber.PenStrength.NONE && vendor.isPresent() && value.isEmpty()) {
        throw row.error(
            "evidence row for " + vid + " needs a value_pattern (an answer alone proves nothing)");
      }
      PrivateObjectRule.Column column;
      try {
        column =
            PrivateObjectRule.Column.valueOf(row.get("column").trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "bad column '"
                + CatalogueCsv.oneLine(row.get("column"))
                + "' (expected model, firmware, serial or none)");
      }
      out.add(new PrivateObjectRule(oid, vendor, strength, value, column, row.get("notes").trim()));
    }
    return out;
  }

  /** A scalar instance: at least two arcs. */
  private static Oid oid(CatalogueCsv.Row row) throws VendorCatalogueException {
    try {
      Oid oid = Oid.parse(row.get("oid"));
      if (oid.size() >= 2) {
        return oid;
      }
    } catch (IllegalArgumentException e) {
      // reported below, with the example
    }
    throw row.error(
        "bad oid '"
            + CatalogueCsv.oneLine(row.get("oid"))
            + "' (expected dotted decimal like 1.3.6.1.4.1.9.1.0)");
  }
}
