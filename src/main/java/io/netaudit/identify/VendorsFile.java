package io.netaudit.identify;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code vendors.csv}: the makers, and which of them are watched. */
final class VendorsFile {
  /**
   * {@code watch} is optional: a vendors.csv from before the column has it not, and every maker
   * then counts as watched. {@code nvd_vendor} is optional too: without it no CPE names are made.
   */
  private static final CsvSchema COLUMNS =
      CsvSchema.of("vendor_id", "name", "aliases", "country", "notes")
          .withOptional("watch", "nvd_vendor");

  /** An NVD CPE vendor name: lowercase letters, digits and {@code _ - .}, as the dictionary's. */
  private static final Pattern NVD_VENDOR = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  private static final Pattern VENDOR_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  /**
   * The makers by id, in file order, the ids of the watched ones, and the NVD CPE vendor name of
   * the makers that have one.
   */
  record Makers(Map<String, Vendor> vendors, Set<String> watched, Map<String, String> nvdVendors) {}

  private VendorsFile() {}

  static Makers parse(CatalogueCsv.Source source) throws VendorCatalogueException {
    Map<String, Vendor> vendors = new LinkedHashMap<>();
    Set<String> watched = new HashSet<>();
    Map<String, String> nvdVendors = new HashMap<>();
    CsvTable table = CatalogueCsv.table(source, COLUMNS);
    // a file without the watch column is still read: every maker is then watched (no
    // single-signal fallback identifies a catalogue maker), which is how identification behaved
    // before the column
    boolean legacy = !table.has("watch");
    for (CatalogueCsv.Row row : CatalogueCsv.rows(table)) {
      String id = row.get("vendor_id").trim();
      String name = row.get("name").trim();
      if (!VENDOR_ID.matcher(id).matches()) {
        throw row.error(
            "bad vendor_id '"
                + CatalogueCsv.oneLine(id)
                + "' (expected a lowercase slug like huawei or tp-link)");
      }
      if (name.isEmpty()) {
        throw row.error("empty name for vendor_id " + id);
      }
      if (vendors.containsKey(id)) {
        throw row.error("duplicate vendor_id " + id);
      }
      vendors.put(id, new Vendor(id, name));
      if (legacy || watch(row, id)) {
        watched.add(id);
      }
      String nvd = table.has("nvd_vendor") ? row.get("nvd_vendor").trim() : "";
      if (!nvd.isEmpty()) {
        if (!NVD_VENDOR.matcher(nvd).matches()) {
          throw row.error(
              "bad nvd_vendor '"
                  + CatalogueCsv.oneLine(nvd)
                  + "' for vendor_id "
                  + id
                  + " (expected NVD's lowercase CPE vendor name, like dahuasecurity or tp-link)");
        }
        nvdVendors.put(id, nvd);
      }
    }
    return new Makers(vendors, watched, nvdVendors);
  }

  private static boolean watch(CatalogueCsv.Row row, String id) throws VendorCatalogueException {
    switch (row.get("watch").trim().toLowerCase(Locale.ROOT)) {
      case "yes":
        return true;
      case "":
      case "no":
        return false;
      default:
        throw row.error(
            "bad watch '"
                + CatalogueCsv.oneLine(row.get("watch"))
                + "' for vendor_id "
                + id
                + " (expected yes, no or empty)");
    }
  }
}
