package io.netaudit.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the rows of restricted-vendors.csv into {@link VendorRule}s, resolving advisory ids. */
final class VendorRuleReader {
  static final List<String> HEADER = List.of("vendor_id", "status", "scope", "advisories", "notes");

  // Must match the vendor catalogue's ids exactly, so only one spelling is allowed.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private VendorRuleReader() {}

  static List<VendorRule> read(
      String source, List<ConfigCsv.Row> rows, Map<String, Advisory> advisories)
      throws PolicyException {
    List<VendorRule> rules = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (ConfigCsv.Row row : rows) {
      String vendorId = row.get(0);
      if (!SLUG.matcher(vendorId).matches()) {
        throw PolicyException.at(
            source,
            row.line(),
            "bad vendor_id '" + vendorId + "', expected a lowercase slug like huawei");
      }
      Integer earlier = firstLine.putIfAbsent(vendorId, row.line());
      if (earlier != null) {
        throw PolicyException.at(
            source,
            row.line(),
            "duplicate vendor_id " + vendorId + " (first on line " + earlier + ")");
      }
      AuditStatus status = status(source, row);
      List<Advisory> cited = new ArrayList<>();
      for (String id : row.get(3).isEmpty() ? new String[0] : row.get(3).split(" ")) {
        Advisory advisory = advisories.get(id);
        if (advisory == null) {
          throw PolicyException.at(
              source,
              row.line(),
              "unknown advisory id " + id + " for " + vendorId + " (not in advisories.csv)");
        }
        if (cited.contains(advisory)) {
          throw PolicyException.at(
              source, row.line(), "advisory " + id + " cited twice for " + vendorId);
        }
        cited.add(advisory);
      }
      // A restriction must be traceable to an advisory; only a review flag may rest on notes alone.
      if (status == AuditStatus.RESTRICTED && cited.isEmpty()) {
        throw PolicyException.at(
            source, row.line(), "restricted vendor " + vendorId + " cites no advisory");
      }
      if (row.get(2).isEmpty()) {
        throw PolicyException.at(source, row.line(), "empty scope for " + vendorId);
      }
      rules.add(new VendorRule(vendorId, status, row.get(2), cited, row.get(4)));
    }
    return rules;
  }

  private static AuditStatus status(String source, ConfigCsv.Row row) throws PolicyException {
    switch (row.get(1)) {
      case "restricted":
        return AuditStatus.RESTRICTED;
      case "review":
        return AuditStatus.REVIEW;
      default:
        throw PolicyException.at(
            source, row.line(), "bad status '" + row.get(1) + "', expected restricted or review");
    }
  }
}
