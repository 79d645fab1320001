package io.netaudit.identify;

import io.netaudit.snmp.Oid;
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

  /**
   * One row; per {@code signal} one of {@code enterprise}, {@code prefix}, {@code regex} is set.
   */
  private record Rule(
      String id,
      Vendor maker,
      Signal signal,
      long enterprise,
      Oid prefix,
      Pattern regex,
      String notes) {}

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
    return parse(CatalogueCsv.readResource(FILE), catalogue);
  }

  /** {@code dir/platform-makers.csv} when present, else no rules. */
  public static PlatformMakers load(Path dir, VendorCatalogue catalogue)
      throws VendorCatalogueException {
    Path file = dir.resolve(FILE);
    return Files.exists(file) ? parse(CatalogueCsv.readFile(file), catalogue) : none();
  }

  static PlatformMakers parse(CatalogueCsv.Source source, VendorCatalogue catalogue)
      throws VendorCatalogueException {
    List<Rule> out = new ArrayList<>();
    for (CatalogueCsv.Row row : CatalogueCsv.rows(source, COLUMNS)) {
      String id = row.get("rule_id").trim();
      Optional<Vendor> maker = catalogue.vendor(row.get("maker_vendor_id").trim());
      if (maker.isEmpty()) {
        throw row.error(
            "unknown maker_vendor_id '"
                + row.get("maker_vendor_id").trim()
                + "' (not in vendors.csv)");
      }
      Signal signal;
      try {
        signal =
            Signal.valueOf(
                row.get("signal").trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "bad signal '"
                + row.get("signal").trim()
                + "' (expected enterprise, objectid-prefix or sysdescr)");
      }
      String pattern = row.get("pattern").trim();
      long enterprise = -1;
      Oid prefix = null;
      Pattern regex = null;
      try {
        switch (signal) {
          case ENTERPRISE:
            enterprise = pattern.matches("[0-9]{1,10}") ? Long.parseLong(pattern) : -1;
            if (enterprise < 0 || enterprise > Oid.MAX_ARC) {
              throw new IllegalArgumentException("not an enterprise number");
            }
            break;
          case OBJECTID_PREFIX:
            prefix = Oid.parse(pattern);
            if (prefix.size() < 2) {
              throw new IllegalArgumentException("one arc");
            }
            break;
          default:
            regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        }
      } catch (PatternSyntaxException e) {
        throw row.error("bad regex: " + e.getDescription());
      } catch (IllegalArgumentException e) {
        throw row.error("bad " + row.get("signal").trim() + " pattern '" + pattern + "'");
      }
      out.add(
          new Rule(id, maker.get(), signal, enterprise, prefix, regex, row.get("notes").trim()));
    }
    return new PlatformMakers(out);
  }

  /** Evidence of platform makers other than {@code brand}; weak by nature, one per maker. */
  List<Evidence> find(Observations o, Optional<Vendor> brand) {
    List<Evidence> out = new ArrayList<>();
    Optional<Oid> oid = Oid.tryParse(o.sysObjectId());
    String descr = o.sysDescr();
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
              oid.filter(x -> x.enterprise().orElse(-1) == r.enterprise())
                  .map(x -> "sysObjectID " + x)
                  .orElse(null);
          break;
        case OBJECTID_PREFIX:
          hit = oid.filter(x -> x.startsWith(r.prefix())).map(x -> "sysObjectID " + x).orElse(null);
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
