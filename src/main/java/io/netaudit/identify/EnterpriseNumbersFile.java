package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code enterprise-numbers.csv}: what each listed IANA enterprise number says. */
final class EnterpriseNumbersFile {
  private static final List<String> COLUMNS =
      List.of("enterprise_number", "vendor_id", "strength", "notes");

  private EnterpriseNumbersFile() {}

  static Map<Long, EnterpriseNumber> parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    Map<Long, EnterpriseNumber> out = new LinkedHashMap<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      String num = row.get("enterprise_number").trim();
      long number;
      if (!num.matches("[0-9]{1,10}") || (number = Long.parseLong(num)) > Oid.MAX_ARC) {
        throw row.error(
            "bad enterprise_number '"
                + CatalogueCsv.oneLine(num)
                + "' (expected 0.."
                + Oid.MAX_ARC
                + ")");
      }
      EnterpriseNumber.PenStrength strength = CatalogueCsv.penStrength(row, row.get("strength"));
      String vid = row.get("vendor_id").trim();
      Optional<Vendor> vendor = Optional.empty();
      if (!vid.isEmpty()) {
        vendor = Optional.of(CatalogueCsv.knownVendor(vendors, row, vid));
      }
      if (strength == EnterpriseNumber.PenStrength.DEFINITIVE && vendor.isEmpty()) {
        throw row.error("strength definitive needs a vendor_id");
      }
      if (strength == EnterpriseNumber.PenStrength.NONE && vendor.isPresent()) {
        throw row.error("strength none must have an empty vendor_id");
      }
      if (out.containsKey(number)) {
        throw row.error("duplicate enterprise_number " + number);
      }
      out.put(number, new EnterpriseNumber(number, vendor, strength, row.get("notes").trim()));
    }
    return out;
  }
}
