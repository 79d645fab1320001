package io.netaudit.cli;

import io.netaudit.identify.Registries;
import io.netaudit.identify.VendorCatalogueException;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code --version}: the version Maven wrote into the jar, and the dates of the data verdicts rest
 * on (the built-in policy's newest advisory, the IEEE OUI and IANA enterprise registries), as grype
 * and trivy print their database's: a report is only as current as these.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return line().split("\n");
  }

  /**
   * What {@code netaudit --version} prints (Cli answers a lone --version with it before building
   * the command tree): the version, then the dates of the data verdicts rest on.
   */
  static String line() {
    return String.join(
        "\n",
        "netaudit " + version(),
        "policy: " + policyLine(),
        "data: " + dataLine(),
        "java: " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown") + ")");
  }

  /** The version Maven wrote, or "unknown". */
  static String version() {
    return io.netaudit.audit.ToolVersion.read();
  }

  static String policyLine() {
    try {
      List<Advisory> advisories = Policy.loadBundledAdvisories();
      return advisories.size()
          + " advisories, newest "
          + Policy.newestDate(advisories).map(Object::toString).orElse("none")
          + " (built in; --policy-dir replaces it)";
    } catch (PolicyException | RuntimeException e) {
      return "cannot load the built-in policy: " + e.getMessage();
    }
  }

  static String dataLine() {
    try {
      return Registries.loadBundled().summary()
          + " (built in; --oui-file, --enterprise-registry and Debian's ieee-data are newer when given)";
    } catch (VendorCatalogueException | RuntimeException e) {
      return "cannot load the built-in registries: " + e.getMessage();
    }
  }
}
