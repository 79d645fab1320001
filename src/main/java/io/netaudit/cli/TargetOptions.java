package io.netaudit.cli;

import io.netaudit.target.HostResolver;
import io.netaudit.target.NmapXmlReader;
import io.netaudit.target.TargetFileReader;
import io.netaudit.target.TargetSet;
import io.netaudit.target.TargetSpec;
import io.netaudit.target.TargetSpecException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Target selection, with nmap's names so admins need not learn new ones. */
final class TargetOptions {
  /** 2^20 addresses: about a /12. Larger sweeps need an explicit flag. */
  static final long LARGE_SCAN = 1L << 20;

  @Parameters(
      paramLabel = "TARGET",
      description =
          "Targets: IPv4/IPv6 addresses, CIDR (10.0.0.0/24), octet ranges "
              + "(10.1.0-3.1-254), comma lists, host names.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "-iL",
      paramLabel = "FILE",
      description = "Read targets from FILE ('-' = stdin); '#' starts a comment.")
  String inputList;

  // No picocli split: a comma belongs to the target grammar (10.0.0.1,5 is one octet list, as a
  // target), which also separates comma lists of whole targets itself.
  @Option(
      names = "-iX",
      paramLabel = "FILE",
      description =
          "Read targets from an nmap XML file ('-' = stdin): the hosts whose UDP port 161 (or"
              + " --port) is open or open|filtered, e.g. from 'nmap -sU -p161 -oX FILE'.")
  String nmapXml;

  @Option(
      names = "--exclude",
      paramLabel = "LIST",
      description =
          "Targets to skip, in the same grammar as targets (10.0.0.1,5 or 10.0.0.0/24,10.9.0.1; "
              + "repeatable).")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--exclude-file",
      paramLabel = "FILE",
      description = "Read targets to skip from FILE.")
  String excludeFile;

  @Option(names = "--allow-large-scan", description = "Allow more than 2^20 (1,048,576) addresses.")
  boolean allowLargeScan;

  /** Whether any target was named (check-config checks them only then). */
  boolean given() {
    return !targets.isEmpty() || inputList != null;
  }

  /**
   * @param sends false for --list-targets, which may expand anything since it sends nothing
   */
  TargetSet resolve(CliContext ctx, HostResolver resolver, boolean sends) {
    return resolve(ctx, resolver, sends, 161);
  }

  /**
   * As above, with the UDP port the scan polls: -iX keeps the hosts where nmap found that port
   * open.
   */
  TargetSet resolve(CliContext ctx, HostResolver resolver, boolean sends, int snmpPort) {
    try {
      TargetSet set = TargetSet.parse(includes(ctx, snmpPort), exclusions(ctx), resolver);
      for (String warning : set.warnings()) {
        ctx.err().println("netaudit: warning: " + warning);
      }
      if (sends) {
        refuseUnsafe(set);
      }
      return set;
    } catch (TargetSpecException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The targets of the command line, -iL and -iX; a usage error when there are none. */
  private List<TargetSpec> includes(CliContext ctx, int snmpPort) throws TargetSpecException {
    List<TargetSpec> includes = new ArrayList<>();
    for (String t : targets) {
      includes.add(new TargetSpec(t, "command line"));
    }
    if (inputList != null) {
      includes.addAll(TargetFileReader.read(inputList, ctx.in()));
    }
    if (nmapXml != null) {
      List<TargetSpec> hosts = NmapXmlReader.read(nmapXml, ctx.in(), snmpPort);
      if (hosts.isEmpty() && includes.isEmpty()) {
        throw new UsageException(
            "no targets in nmap XML file "
                + (nmapXml.equals("-") ? "stdin" : "'" + nmapXml + "'")
                + " (no host with "
                + snmpPort
                + "/udp open or open|filtered)");
      }
      includes.addAll(hosts);
    }
    if (includes.isEmpty()) {
      throw new UsageException(
          inputList != null && targets.isEmpty()
              ? "no targets in "
                  + (inputList.equals("-") ? "stdin" : "'" + inputList + "'")
                  + " (only comments or blank lines)"
              : "no targets given (examples: 10.0.0.0/24, -iL hosts.txt)");
    }
    return includes;
  }

  /** The specs of --exclude and --excludefile. */
  private List<TargetSpec> exclusions(CliContext ctx) throws TargetSpecException {
    List<TargetSpec> ex = new ArrayList<>();
    for (String e : excludes) {
      // "a, b" (a config file's style) is the comma list "a,b"; blanks separate specs, as in -iL.
      for (String spec : e.strip().replaceAll("\\s*,\\s*", ",").split("\\s+")) {
        if (!spec.isEmpty()) {
          ex.add(new TargetSpec(spec, "--exclude"));
        }
      }
    }
    if (excludeFile != null) {
      ex.addAll(TargetFileReader.read(excludeFile, ctx.in()));
    }
    return ex;
  }

  /** Refuses a set over 2^20 addresses without --allow-large-scan, and the whole IPv4 space. */
  private void refuseUnsafe(TargetSet set) {
    if (set.maxSize() > LARGE_SCAN && !allowLargeScan) {
      String largest =
          set.largestSpec()
              .map(s -> " ('" + s.text() + "' (" + s.origin() + ") is the largest)")
              .orElse("");
      throw new UsageException(
          "the targets expand to up to "
              + set.maxSize()
              + " addresses, more than 2^20"
              + largest
              + "; add --allow-large-scan if that is intended");
    }
    set.wholeIpv4Space()
        .ifPresent(
            s -> {
              throw new UsageException(
                  "'"
                      + s.text()
                      + "' ("
                      + s.origin()
                      + ") is the whole IPv4 space; netaudit "
                      + "never sweeps a /0, even with --allow-large-scan");
            });
  }
}
