package io.netaudit.cli;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.identify.VendorCatalogueException;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which vendor catalogue and which advisories apply. */
final class PolicyOptions {
  @Option(names = "--policy-dir", paramLabel = "DIR",
      description = "Load advisories.csv and restricted-vendors.csv from DIR instead of the built-in policy.")
  Path policyDir;

  @Option(names = "--vendor-dir", paramLabel = "DIR",
      description = "Load vendors.csv, enterprise-numbers.csv and sysdescr-rules.csv from DIR instead of the "
          + "built-in catalogue.")
  Path vendorDir;

  @Option(names = "--jurisdiction", paramLabel = "CODE", split = ",",
      description = "Apply only advisories of these jurisdictions (e.g. CZ,US,EU).")
  List<String> jurisdictions = List.of();

  @Option(names = "--advisory", paramLabel = "ID", split = ",",
      description = "Apply only these advisories (ids as printed by 'netaudit policy').")
  List<String> advisories = List.of();

  Policy policy() {
    try {
      Policy p = policyDir != null ? Policy.load(policyDir) : Policy.loadBundled();
      return p.narrow(upper(jurisdictions), new LinkedHashSet<>(advisories));
    } catch (PolicyException e) {
      throw new UsageException(e.getMessage());
    }
  }

  Identifier identifier() {
    try {
      return new Identifier(vendorDir != null ? VendorCatalogue.load(vendorDir) : VendorCatalogue.loadBundled());
    } catch (VendorCatalogueException e) {
      throw new UsageException(e.getMessage());
    }
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
