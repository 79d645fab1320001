package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of restricted-vendors.csv into {@link VendorRule}s, resolving advisory ids. */
final class VendorRuleReader {
  static final CsvSchema SCHEMA =
      CsvSchema.of("vendor_id", "status", "scope", "advisories", "notes").oneLineCells();

  // Must match the vendor catalogue's ids exactly, so only one spelling is allowed.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private VendorRuleReader() {}

  static List<VendorRule> read(CsvTable table, Map<String, Advisory> advisories)
      throws PolicyException {
    List<VendorRule> rules = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String vendorId = row.get("vendor_id");
      if (!SLUG.matcher(vendorId).matches()) {
        throw PolicyException.at(
            row, "bad vendor_id '" + vendorId + "', expected a lowercase slug like huawei");
      }
      Integer earlier = firstLine.putIfAbsent(vendorId, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            row, "duplicate vendor_id " + vendorId + " (first on line " + earlier + ")");
      }
      AuditStatus status = status(row);
      List<Advisory> cited = new ArrayList<>();
      for (String id :
          row.get("advisories").isEmpty() ? new String[0] : row.get("advisories").split(" ")) {
        Advisory advisory = advisories.get(id);
        if (advisory == null) {
          throw PolicyException.at(
              row, "unknown advisory id " + id + " for " + vendorId + " (not in advisories.csv)");
        }
        if (cited.contains(advisory)) {
          throw PolicyException.at(row, "advisory " + id + " cited twice for " + vendorId);
        }
        cited.add(advisory);
      }
      // A restriction must be traceable to an advisory; only a review flag may rest on notes alone.
      if (status == AuditStatus.RESTRICTED && cited.isEmpty()) {
        throw PolicyException.at(row, "restricted vendor " + vendorId + " cites no advisory");
      }
      if (row.get("scope").isEmpty()) {
        throw PolicyException.at(row, "empty scope for " + vendorId);
      }
      rules.add(new VendorRule(vendorId, status, row.get("scope"), cited, row.get("notes")));
    }
    return rules;
  }

  private static AuditStatus status(CsvTable.Row row) throws PolicyException {
    switch (row.get("status")) {
      case "restricted":
        return AuditStatus.RESTRICTED;
      case "review":
        return AuditStatus.REVIEW;
      default:
        throw PolicyException.at(
            row, "bad status '" + row.get("status") + "', expected restricted or review");
    }
  }
}
