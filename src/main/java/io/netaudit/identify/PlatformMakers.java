package io.netaudit.identify;

import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.TableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Signals that a device is built on another maker's platform (HPE Comware switches are H3C-made;
 * 3Com SuperStack 3 4200 switches came from Huawei-3Com), or runs on one: a chip maker's reference
 * stack (Broadcom FASTPATH 4413, lwIP 26381, net-snmp 8072 as sysObjectID), a hypervisor's virtual
 * NIC (a VMware, Hyper-V, QEMU/KVM, Xen or VirtualBox MAC prefix). The platform maker never decides
 * the brand identification, but the policy treats a listed platform maker as a finding (REVIEW at
 * least), because the supply-chain question an advisory asks is who made the equipment.
 */
public final class PlatformMakers {
  public static final String FILE = "platform-makers.csv";
  private static final List<String> COLUMNS =
      List.of("rule_id", "maker_vendor_id", "signal", "pattern", "notes");

  private enum Signal {
    ENTERPRISE,
    OBJECTID_PREFIX,
    SYSDESCR,
    MAC_PREFIX
  }

  /**
   * One row; per {@code signal} one of {@code enterprise}, {@code prefix}, {@code regex}, {@code
   * mac} is set.
   */
  private record Rule(
      String id,
      Vendor maker,
      Signal signal,
      long enterprise,
      Oid prefix,
      Pattern regex,
      MacPrefix mac,
      String notes) {}

  /** The first {@code bits} bits of a MAC address. */
  private record MacPrefix(long value, int bits) {
    static MacPrefix parse(String text) {
      String[] octets = text.split("[:-]");
      if (octets.length < 1 || octets.length > 5) {
        throw new IllegalArgumentException("1 to 5 octets");
      }
      long v = 0;
      for (String o : octets) {
        if (!o.matches("[0-9A-Fa-f]{2}")) {
          throw new IllegalArgumentException("not an octet: " + o);
        }
        v = (v << 8) | Integer.parseInt(o, 16);
      }
      return new MacPrefix(v, 8 * octets.length);
    }

    boolean covers(MacAddress mac) {
      return mac.value() >>> (48 - bits) == value;
    }
  }

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
                + "' (expected enterprise, objectid-prefix, sysdescr or mac-prefix)");
      }
      String pattern = row.get("pattern").trim();
      long enterprise = -1;
      Oid prefix = null;
      Pattern regex = null;
      MacPrefix mac = null;
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
          case MAC_PREFIX:
            mac = MacPrefix.parse(pattern);
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
          new Rule(
              id, maker.get(), signal, enterprise, prefix, regex, mac, row.get("notes").trim()));
    }
    return new PlatformMakers(out);
  }

  /**
   * Evidence of platform makers other than {@code brand}, weak by nature, one per maker: {@code
   * found} (what the signals recorded as the platform) first, then the rules.
   */
  List<Evidence> find(Observations o, Optional<Vendor> brand, List<Evidence> found) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : found) {
      if (brand.isEmpty() || !brand.get().equals(e.vendor())) {
        out.add(e);
      }
    }
    Optional<Oid> oid = Oid.tryParse(o.sysObjectId());
    String descr = o.sysDescr();
    List<MacAddress> macs = new ArrayList<>();
    for (TableRow row : o.rows(IfMib.IF_TABLE)) {
      MacAddress.of(row.get(IfMib.PHYS_ADDRESS).raw()).ifPresent(macs::add);
    }
    for (Rule r : rules) {
      if (brand.isPresent() && brand.get().equals(r.maker())
          || out.stream().anyMatch(e -> e.vendor().equals(r.maker()))) {
        continue;
      }
      hit(r, oid, descr, macs)
          .ifPresent(
              hit ->
                  out.add(
                      new Evidence(
                          r.signal() == Signal.MAC_PREFIX
                              ? SignalSource.OUI
                              : r.signal() == Signal.SYSDESCR
                                  ? SignalSource.SYS_DESCR
                                  : SignalSource.SYS_OBJECT_ID,
                          r.maker(),
                          Strength.WEAK,
                          hit
                              + ": built on the "
                              + r.maker().name()
                              + " platform (rule "
                              + r.id()
                              + ": "
                              + r.notes()
                              + ")")));
    }
    return out;
  }

  /** What the device answered that matches rule {@code r} ("sysObjectID 1.3...."), if anything. */
  private static Optional<String> hit(
      Rule r, Optional<Oid> oid, String descr, List<MacAddress> macs) {
    switch (r.signal()) {
      case ENTERPRISE:
        return oid.filter(x -> x.enterprise().orElse(-1) == r.enterprise())
            .map(x -> "sysObjectID " + x);
      case OBJECTID_PREFIX:
        return oid.filter(x -> x.startsWith(r.prefix())).map(x -> "sysObjectID " + x);
      case MAC_PREFIX:
        return macs.stream()
            .filter(r.mac()::covers)
            .findFirst()
            .map(m -> IfMib.PHYS_ADDRESS.name() + " MAC " + m);
      default:
        java.util.regex.Matcher m = r.regex().matcher(descr);
        return m.find() ? Optional.of("sysDescr \"" + m.group() + "\"") : Optional.empty();
    }
  }
}
