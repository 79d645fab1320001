package io.netaudit.identify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Signals that a device is built on another maker's platform (HPE Comware switches are H3C-made;
 * 3Com SuperStack 3 4200 switches came from Huawei-3Com). The platform maker never decides the
 * brand identification, but the policy treats a listed platform maker as a finding (REVIEW at
 * least), because the supply-chain question an advisory asks is who made the equipment.
 */
public final class PlatformMakers {
  public static final String FILE = "platform-makers.csv";
  private static final List<String> COLUMNS =
      List.of("rule_id", "maker_vendor_id", "signal", "pattern", "notes");

  private enum Signal {
    ENTERPRISE,
    OBJECTID_PREFIX,
    SYSDESCR
  }

  private record Rule(
      String id, Vendor maker, Signal signal, String pattern, Pattern regex, String notes) {}

  private final List<Rule> rules;

  private PlatformMakers(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static PlatformMakers none() {
    return new PlatformMakers(List.of());
  }

  /** The bundled rules, or none when the bundle has no such file. */
  public static PlatformMakers loadBundled(VendorCatalogue catalogue)
      throws VendorCatalogueException {
    return parse(VendorCatalogue.readResource(FILE), catalogue);
  }

  /** {@code dir/platform-makers.csv} when present, else no rules. */
  public static PlatformMakers load(Path dir, VendorCatalogue catalogue)
      throws VendorCatalogueException {
    Path file = dir.resolve(FILE);
    return Files.exists(file) ? parse(VendorCatalogue.readFile(file), catalogue) : none();
  }

  static PlatformMakers parse(VendorCatalogue.Source source, VendorCatalogue catalogue)
      throws VendorCatalogueException {
    List<Rule> out = new ArrayList<>();
    for (VendorCatalogue.Row row : VendorCatalogue.rows(source, COLUMNS)) {
      String id = row.get(0).trim();
      Optional<Vendor> maker = catalogue.vendor(row.get(1).trim());
      if (maker.isEmpty()) {
        throw row.error("unknown maker_vendor_id '" + row.get(1).trim() + "' (not in vendors.csv)");
      }
      Signal signal;
      try {
        signal =
            Signal.valueOf(row.get(2).trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "bad signal '"
                + row.get(2).trim()
                + "' (expected enterprise, objectid-prefix or sysdescr)");
      }
      String pattern = row.get(3).trim();
      Pattern regex = null;
      if (signal == Signal.SYSDESCR) {
        try {
          regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
          throw row.error("bad regex: " + e.getDescription());
        }
      } else if (!pattern.matches(
          signal == Signal.ENTERPRISE ? "[0-9]{1,10}" : "[0-9]+(\\.[0-9]+)+")) {
        throw row.error("bad " + row.get(2).trim() + " pattern '" + pattern + "'");
      }
      out.add(new Rule(id, maker.get(), signal, pattern, regex, row.get(4).trim()));
    }
    return new PlatformMakers(out);
  }

  /** Evidence of platform makers other than {@code brand}; weak by nature, one per maker. */
  List<Evidence> find(String sysDescr, String sysObjectId, Optional<Vendor> brand) {
    List<Evidence> out = new ArrayList<>();
    String oid =
        sysObjectId == null
            ? ""
            : (sysObjectId.startsWith(".") ? sysObjectId.substring(1) : sysObjectId);
    String descr = sysDescr == null ? "" : sysDescr;
    for (Rule r : rules) {
      if (brand.isPresent() && brand.get().equals(r.maker())
          || out.stream().anyMatch(e -> e.vendor().equals(r.maker()))) {
        continue;
      }
      String hit = null;
      SignalSource source = SignalSource.SYS_OBJECT_ID;
      switch (r.signal()) {
        case ENTERPRISE:
          hit =
              oid.startsWith("1.3.6.1.4.1." + r.pattern() + ".")
                      || oid.equals("1.3.6.1.4.1." + r.pattern())
                  ? "sysObjectID " + oid
                  : null;
          break;
        case OBJECTID_PREFIX:
          hit =
              oid.startsWith(r.pattern() + ".") || oid.equals(r.pattern())
                  ? "sysObjectID " + oid
                  : null;
          break;
        default:
          java.util.regex.Matcher m = r.regex().matcher(descr);
          hit = m.find() ? "sysDescr \"" + m.group() + "\"" : null;
          source = SignalSource.SYS_DESCR;
      }
      if (hit != null) {
        out.add(
            new Evidence(
                source,
                r.maker(),
                Strength.WEAK,
                hit
                    + ": built on the "
                    + r.maker().name()
                    + " platform (rule "
                    + r.id()
                    + ": "
                    + r.notes()
                    + ")"));
      }
    }
    return out;
  }
}
