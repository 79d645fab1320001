package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sysDescr is free text rather than the maker's own identity format ({@code
 * free-text.csv}): after a generic OS banner (net-snmp's default sysDescr is {@code uname -a},
 * "Linux host 5.10.0-21-amd64 #1 SMP ..."; what follows the kernel release is no maker's format),
 * (its host name is the admin's choice too, so the whole banner counts), or when the sysObjectID is
 * an enterprise number whose agent takes its sysDescr from the admin's configuration (net-snmp
 * 8072, UCD 2021). A watched maker's word there is WEAK evidence: "NMS collector for the Huawei
 * sites" is not a Huawei device.
 */
final class FreeText {
  static final FreeText NONE = new FreeText(List.of(), Set.of());

  private static final List<String> COLUMNS = List.of("rule_id", "signal", "pattern", "notes");

  /** A banner rule: its id and the regex whose match is the banner (free text follows it). */
  private record Banner(String id, Pattern pattern) {}

  private final List<Banner> banners;
  private final Set<Long> adminEnterprises;

  private FreeText(List<Banner> banners, Set<Long> adminEnterprises) {
    this.banners = List.copyOf(banners);
    this.adminEnterprises = Set.copyOf(adminEnterprises);
  }

  static FreeText parse(CatalogueCsv.Source source, Map<String, Vendor> vendors)
      throws VendorCatalogueException {
    List<Banner> banners = new ArrayList<>();
    Set<Long> enterprises = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      String id = row.get("rule_id").trim();
      if (id.isEmpty() || !ids.add(id)) {
        throw row.error(id.isEmpty() ? "empty rule_id" : "duplicate rule_id " + id);
      }
      String pattern = row.get("pattern").trim();
      switch (row.get("signal").trim().toLowerCase(Locale.ROOT)) {
        case "banner":
          banners.add(new Banner(id, CatalogueCsv.regex(row, "pattern", pattern)));
          break;
        case "enterprise":
          if (!pattern.matches("\\d{1,10}") || Long.parseLong(pattern) > Oid.MAX_ARC) {
            throw row.error("bad enterprise number '" + CatalogueCsv.oneLine(pattern) + "'");
          }
          enterprises.add(Long.parseLong(pattern));
          break;
        default:
          throw row.error(
              "bad signal '"
                  + CatalogueCsv.oneLine(row.get("signal").trim())
                  + "' (expected banner or enterprise)");
      }
    }
    return new FreeText(banners, enterprises);
  }

  /**
   * Why a sysDescr is free text, or empty when it is not. The whole text counts: a generic banner's
   * host name is the admin's choice as much as anything after it.
   */
  Optional<String> why(String sysDescr, String sysObjectId) {
    long enterprise =
        Oid.tryParse(sysObjectId == null ? "" : sysObjectId)
            .map(o -> o.enterprise().orElse(-1))
            .orElse(-1L);
    if (adminEnterprises.contains(enterprise)) {
      return Optional.of(
          "free text: enterprise "
              + enterprise
              + " takes its sysDescr from the admin's configuration");
    }
    for (Banner b : banners) {
      Matcher m = b.pattern().matcher(sysDescr);
      if (m.find() && m.start() == 0) {
        return Optional.of(
            "free text of a generic OS banner (rule "
                + b.id()
                + ": \""
                + m.group().strip()
                + "\")");
      }
    }
    return Optional.empty();
  }
}
