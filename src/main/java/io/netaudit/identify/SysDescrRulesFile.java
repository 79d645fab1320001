package io.netaudit.identify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code sysdescr-rules.csv}: regexes over sysDescr that name a maker. */
final class SysDescrRulesFile {
  private static final List<String> COLUMNS =
      List.of("rule_id", "vendor_id", "pattern", "unless", "strength", "notes");
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  private SysDescrRulesFile() {}

  static List<SysDescrRule> parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    List<SysDescrRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      String id = row.get("rule_id").trim();
      if (!RULE_ID.matcher(id).matches()) {
        throw row.error("bad rule_id '" + CatalogueCsv.oneLine(id) + "'");
      }
      if (!ids.add(id)) {
        throw row.error("duplicate rule_id " + id);
      }
      Vendor vendor = CatalogueCsv.knownVendor(vendors, row, row.get("vendor_id").trim());
      if (row.get("pattern").isBlank()) {
        throw row.error("empty pattern in rule " + id);
      }
      Pattern pattern = CatalogueCsv.regex(row, "pattern", row.get("pattern"));
      Optional<Pattern> unless = CatalogueCsv.optionalRegex(row, "unless", row.get("unless"));
      Strength strength =
          CatalogueCsv.evidenceStrength(row, row.get("strength"), "a sysDescr rule");
      rules.add(new SysDescrRule(id, vendor, pattern, unless, strength, row.get("notes").trim()));
    }
    return rules;
  }
}
