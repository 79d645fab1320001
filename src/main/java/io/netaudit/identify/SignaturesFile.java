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
      String id = row.get("signature_id").trim();
      if (!ID.matcher(id).matches()) {
        throw row.error("bad signature_id '" + CatalogueCsv.oneLine(id) + "'");
      }
      if (!ids.add(id)) {
        throw row.error("duplicate signature_id " + id);
      }
      Vendor vendor = CatalogueCsv.knownVendor(vendors, row, row.get("vendor_id").trim());
      Optional<Oid> oid = sysObjectId(row);
      boolean noDescr = choice(row, "sys_descr", "absent", "any");
      if (oid.isEmpty() && !noDescr) {
        throw row.error(
            "signature " + id + " matches every device (give sys_object_id or sys_descr absent)");
      }
      boolean alone = choice(row, "alone", "yes", "no");
      Strength strength = CatalogueCsv.evidenceStrength(row, row.get("strength"), "a signature");
      String evidence = row.get("evidence").trim();
      if (evidence.isEmpty()) {
        throw row.error("empty evidence in signature " + id);
      }
      out.add(
          new Signature(
              id,
              vendor,
              oid,
              subtree(row),
              noDescr,
              alone,
              strength,
              evidence,
              row.get("notes").trim()));
    }
    return out;
  }

  /** A sys_object_id written with a trailing {@code .*} names the subtree under it. */
  private static boolean subtree(CatalogueCsv.Row row) {
    return row.get("sys_object_id").strip().endsWith(".*");
  }

  private static Optional<Oid> sysObjectId(CatalogueCsv.Row row) throws VendorCatalogueException {
    String text = row.get("sys_object_id").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Oid.parse(subtree(row) ? text.substring(0, text.length() - 2) : text));
    } catch (IllegalArgumentException e) {
      throw row.error(
          "bad sys_object_id '"
              + CatalogueCsv.oneLine(row.get("sys_object_id"))
              + "' ("
              + e.getMessage()
              + ")");
    }
  }

  /** True for {@code yes}, false for {@code no}: the two words the column accepts. */
  private static boolean choice(CatalogueCsv.Row row, String column, String yes, String no)
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
            + column
            + " '"
            + CatalogueCsv.oneLine(row.get(column))
            + "' (expected "
            + yes
            + " or "
            + no
            + ")");
  }
}
