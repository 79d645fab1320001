package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code signatures.csv}; the file's header comment says what each column means. */
final class SignaturesFile {
  private static final List<String> COLUMNS =
      List.of(
          "signature_id",
          "vendor_id",
          "sys_object_id",
          "sys_descr",
          "alone",
          "strength",
          "evidence",
          "notes");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  private SignaturesFile() {}

  static List<Signature> parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    List<Signature> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      String id = row.get(0).trim();
      if (!ID.matcher(id).matches()) {
        throw row.error("bad signature_id '" + CatalogueCsv.oneLine(id) + "'");
      }
      if (!ids.add(id)) {
        throw row.error("duplicate signature_id " + id);
      }
      Vendor vendor = CatalogueCsv.knownVendor(vendors, row, row.get(1).trim());
      Optional<Oid> oid = sysObjectId(row);
      boolean noDescr = choice(row, 3, "sys_descr", "absent", "any");
      if (oid.isEmpty() && !noDescr) {
        throw row.error(
            "signature " + id + " matches every device (give sys_object_id or sys_descr absent)");
      }
      boolean alone = choice(row, 4, "alone", "yes", "no");
      Strength strength = CatalogueCsv.evidenceStrength(row, row.get(5), "a signature");
      String evidence = row.get(6).trim();
      if (evidence.isEmpty()) {
        throw row.error("empty evidence in signature " + id);
      }
      out.add(
          new Signature(id, vendor, oid, noDescr, alone, strength, evidence, row.get(7).trim()));
    }
    return out;
  }

  private static Optional<Oid> sysObjectId(CatalogueCsv.Row row) throws VendorCatalogueException {
    if (row.get(2).isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Oid.parse(row.get(2)));
    } catch (IllegalArgumentException e) {
      throw row.error(
          "bad sys_object_id '" + CatalogueCsv.oneLine(row.get(2)) + "' (" + e.getMessage() + ")");
    }
  }

  /** True for {@code yes}, false for {@code no}: the two words a column accepts. */
  private static boolean choice(
      CatalogueCsv.Row row, int column, String name, String yes, String no)
      throws VendorCatalogueException {
    String v = row.get(column).trim().toLowerCase(Locale.ROOT);
    if (v.equals(yes)) {
      return true;
    }
    if (v.equals(no)) {
      return false;
    }
    throw row.error(
        "bad "
            + name
            + " '"
            + CatalogueCsv.oneLine(row.get(column))
            + "' (expected "
            + yes
            + " or "
            + no
            + ")");
  }
}
