package io.netaudit.cli;

import io.netaudit.identify.EnterpriseRegistry;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.OuiRegistry;
import io.netaudit.identify.PlatformMakers;
import io.netaudit.identify.Registries;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.identify.VendorCatalogueException;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import io.netaudit.policy.Waivers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which vendor catalogue and which advisories apply. */
final class PolicyOptions {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PolicyOptions.class);

  @Option(
      names = "--policy-dir",
      paramLabel = "DIR",
      description =
          "Load advisories.csv and restricted-vendors.csv from DIR instead of the built-in policy.")
  Path policyDir;

  @Option(
      names = "--vendor-dir",
      paramLabel = "DIR",
      description =
          "Load vendors.csv, enterprise-numbers.csv and sysdescr-rules.csv from DIR instead of the "
              + "built-in catalogue.")
  Path vendorDir;

  @Option(
      names = "--oui-file",
      paramLabel = "FILE",
      description =
          "An IEEE oui.csv (MA-L; mam.csv, oui36.csv and iab.csv beside it are read too) instead of the "
              + "built-in copy of the full registry. Debian's /usr/share/ieee-data/oui.csv is used "
              + "automatically when it is newer than the built-in copy.")
  Path ouiFile;

  @Option(
      names = "--enterprise-registry",
      paramLabel = "FILE",
      description =
          "A newer IANA enterprise-numbers file (the registry's text format) instead of the built-in copy.")
  Path enterpriseRegistry;

  @Option(
      names = "--jurisdiction",
      paramLabel = "CODE",
      split = ",",
      description = "Apply only advisories of these jurisdictions (e.g. CZ,US,EU).")
  List<String> jurisdictions = List.of();

  @Option(
      names = "--advisory",
      paramLabel = "ID",
      split = ",",
      description = "Apply only these advisories (ids as printed by 'netaudit policy').")
  List<String> advisories = List.of();

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description =
          "Approved exceptions (YAML, the shape of trivy's .trivyignore.yaml): a matched finding keeps its "
              + "status, shows the waiver and does not count for --fail-on until the waiver expires.")
  Path waivers;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Judge deadlines and waiver expiry as of DATE (yyyy-mm-dd) instead of today (UTC): "
              + "a reproducible report.")
  LocalDate asOf;

  private VendorCatalogue catalogue;

  /** The command these options are mixed into: its root command holds the run's preload. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The built-in data read on the caller's thread, for a command used without netaudit's root. */
  private final BundledPreload unshared = new BundledPreload();

  /**
   * Where the built-in catalogue and policy come from: the preload {@link Cli#run} started, which
   * may be reading them already.
   */
  private BundledPreload bundled() {
    return command != null && command.root().userObject() instanceof NetauditCommand root
        ? root.bundled()
        : unshared;
  }

  /**
   * The policy: the files, narrowed to --jurisdiction/--advisory, with the catalogue's names (and
   * its check that families and OEM rows name known makers), the waivers and the as-of date.
   */
  Policy policy() {
    try {
      Policy p = policyDir != null ? Policy.load(policyDir) : bundled().policy();
      p = p.narrow(upper(jurisdictions), new LinkedHashSet<>(advisories));
      Map<String, String> names = new java.util.HashMap<>();
      for (io.netaudit.identify.Vendor v : catalogue().vendors()) {
        names.put(v.id(), v.name());
      }
      p = p.withNames(names);
      if (waivers != null) {
        p = p.withWaivers(Waivers.load(waivers));
      }
      return asOf == null ? p : p.asOf(asOf);
    } catch (PolicyException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Whether the identifier and the policy come from the built-in data alone: no option names a file
   * or narrows the advisories, so nothing in them can be wrong with the input (--as-of is a date,
   * checked as it is parsed).
   */
  boolean builtInOnly() {
    return policyDir == null
        && vendorDir == null
        && ouiFile == null
        && enterpriseRegistry == null
        && jurisdictions.isEmpty()
        && advisories.isEmpty()
        && waivers == null;
  }

  /**
   * The vendor catalogue (--vendor-dir or the bundled one), loaded once. Synchronized: a scan may
   * make its identifier and policy on the thread that judges ({@link
   * io.netaudit.audit.JudgingData}).
   */
  synchronized VendorCatalogue catalogue() {
    if (catalogue == null) {
      try {
        catalogue = vendorDir != null ? VendorCatalogue.load(vendorDir) : bundled().catalogue();
      } catch (VendorCatalogueException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return catalogue;
  }

  /** ISO dates with a clear message. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a date (yyyy-mm-dd)");
      }
    }
  }

  Identifier identifier() {
    return identifier(true);
  }

  /**
   * @param readsMacs whether this run reads MACs (inventory depth); only then is the system's IEEE
   *     registry worth its parse time (about a second) when no --oui-file is given and it is newer
   *     than the built-in copy
   */
  Identifier identifier(boolean readsMacs) {
    try {
      VendorCatalogue catalogue = catalogue();
      Registries registries = Registries.loadBundled();
      if (ouiFile != null) {
        // Given explicitly: a broken file must stop the run before any packet.
        registries = registries.withOui(OuiRegistry.load(OuiRegistry.withSiblings(ouiFile)));
      } else if (readsMacs && systemRegistryIsNewer(registries)) {
        registries =
            registries.withOui(
                parseInBackground(OuiRegistry.systemDefault().get()),
                problem ->
                    LOG.warn(
                        "cannot use the system OUI registry, using the built-in one: {}", problem));
      }
      if (enterpriseRegistry != null) {
        registries = registries.withEnterprises(EnterpriseRegistry.load(enterpriseRegistry));
      }
      PlatformMakers platforms =
          vendorDir != null ? PlatformMakers.load(vendorDir, catalogue) : bundled().platforms();
      return new Identifier(catalogue, registries, platforms);
    } catch (VendorCatalogueException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Debian's ieee-data is used when it is newer than the copy built into the jar. */
  private static boolean systemRegistryIsNewer(Registries registries) {
    Optional<Path> system = OuiRegistry.systemDefault();
    if (system.isEmpty()) {
      return false;
    }
    Optional<LocalDate> systemDate = OuiRegistry.dateOf(OuiRegistry.withSiblings(system.get()));
    Optional<LocalDate> bundledDate = registries.ouiDate();
    boolean newer =
        systemDate.isPresent()
            && (bundledDate.isEmpty() || systemDate.get().isAfter(bundledDate.get()));
    LOG.debug(
        "IEEE registry: {} ({}) {} the built-in copy ({})",
        system.get(),
        systemDate.map(Object::toString).orElse("undated"),
        newer ? "is newer than" : "is not newer than",
        bundledDate.map(Object::toString).orElse("undated"));
    return newer;
  }

  /** Parses the system's IEEE registry on a daemon thread while the sweep starts. */
  private static java.util.concurrent.Future<OuiRegistry> parseInBackground(Path oui) {
    java.util.concurrent.FutureTask<OuiRegistry> task =
        new java.util.concurrent.FutureTask<>(
            () -> OuiRegistry.load(OuiRegistry.withSiblings(oui)));
    Thread t = new Thread(task, "netaudit-oui-registry");
    t.setDaemon(true);
    t.start();
    return task;
  }

  private static Set<String> upper(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      String code = v.trim().toUpperCase(java.util.Locale.ROOT);
      // Admins write UK; the policy uses the ISO 3166 code.
      out.add(code.equals("UK") ? "GB" : code);
    }
    return out;
  }
}
