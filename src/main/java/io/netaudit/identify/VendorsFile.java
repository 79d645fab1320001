package io.netaudit.identify;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code vendors.csv}: the makers, and which of them are watched. */
final class VendorsFile {
  /** The vendors.csv layout before the {@code watch} column: every maker counts as watched. */
  private static final List<String> COLUMNS_V1 =
      List.of("vendor_id", "name", "aliases", "country", "notes");

  private static final List<String> COLUMNS =
      List.of("vendor_id", "name", "aliases", "country", "watch", "notes");
  private static final Pattern VENDOR_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  /** The makers by id, in file order, and the ids of the watched ones. */
  record Makers(Map<String, Vendor> vendors, Set<String> watched) {}

  private VendorsFile() {}

  static Makers parse(CatalogueCsv.Source source) throws VendorCatalogueException {
    Map<String, Vendor> vendors = new LinkedHashMap<>();
    Set<String> watched = new HashSet<>();
    CatalogueCsv.Layout layout = CatalogueCsv.layout(source, List.of(COLUMNS, COLUMNS_V1));
    // the layout without the watch column is still read: every maker is then watched (no
    // single-signal fallback identifies a catalogue maker), which is how identification behaved
    // before the column
    boolean legacy = layout.columns().equals(COLUMNS_V1);
    for (CatalogueCsv.Row row : layout.rows()) {
      String id = row.get(0).trim();
      String name = row.get(1).trim();
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
    }
    return new Makers(vendors, watched);
  }

  private static boolean watch(CatalogueCsv.Row row, String id) throws VendorCatalogueException {
    switch (row.get(4).trim().toLowerCase(Locale.ROOT)) {
      case "yes":
        return true;
      case "":
      case "no":
        return false;
      default:
        throw row.error(
            "bad watch '"
                + CatalogueCsv.oneLine(row.get(4))
                + "' for vendor_id "
                + id
                + " (expected yes, no or empty)");
    }
  }
}
