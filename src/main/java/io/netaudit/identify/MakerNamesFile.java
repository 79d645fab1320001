package io.netaudit.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code maker-names.csv}: organisation and manufacturer names, and what a MAC registered
 * under each says.
 */
final class MakerNamesFile {
  private static final List<String> COLUMNS =
      List.of("vendor_id", "pattern", "unless", "strength", "oui", "notes");

  private MakerNamesFile() {}

  static List<MakerName> parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    List<MakerName> makers = new ArrayList<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      Vendor vendor = CatalogueCsv.knownVendor(vendors, row, row.get("vendor_id").trim());
      if (row.get("pattern").isBlank()) {
        throw row.error("empty pattern for vendor_id " + vendor.id());
      }
      Pattern pattern = CatalogueCsv.regex(row, "pattern", row.get("pattern"));
      Optional<Pattern> unless = CatalogueCsv.optionalRegex(row, "unless", row.get("unless"));
      // none: a chip maker whose name names parts, never the device (Realtek, Broadcom)
      boolean partsOnly =
          CatalogueCsv.penStrength(row, row.get("strength")) == EnterpriseNumber.PenStrength.NONE;
      Strength strength =
          partsOnly
              ? Strength.WEAK
              : CatalogueCsv.evidenceStrength(row, row.get("strength"), "a maker name");
      MakerName.OuiMeaning oui = oui(row);
      if (partsOnly && oui != MakerName.OuiMeaning.NIC) {
        throw row.error(
            "bad strength 'none' for a maker name with oui "
                + row.get("oui").trim()
                + " (none marks a parts maker: oui nic)");
      }
      makers.add(
          new MakerName(
              vendor, pattern, unless, strength, partsOnly, oui, row.get("notes").trim()));
    }
    return makers;
  }

  private static MakerName.OuiMeaning oui(CatalogueCsv.Row row) throws VendorCatalogueException {
    switch (row.get("oui").trim().toLowerCase(Locale.ROOT)) {
      case "device":
        return MakerName.OuiMeaning.DEVICE;
      case "nic":
        return MakerName.OuiMeaning.NIC;
      default:
        throw row.error(
            "bad oui '" + CatalogueCsv.oneLine(row.get("oui")) + "' (expected device or nic)");
    }
  }
}
