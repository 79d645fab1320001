package io.netaudit.cli;

import io.netaudit.store.WriteOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code scan} records in the audit history store, and as which site. */
final class StoreOptions {
  @Mixin StoreAccess access = new StoreAccess();

  @Option(
      names = "--site",
      paramLabel = "NAME",
      description =
          "The site this collector audits: the 'site' column and the history's key (the same "
              + "address at two sites is two devices). Default with a store: the host name.")
  String site;

  @Option(
      names = "--remediated-after",
      paramLabel = "N",
      description =
          "A RESTRICTED or REVIEW device, component or MAC missing from N complete runs of its "
              + "site in a row (runs that covered it) is remediated (default: 3).")
  Integer remediatedAfter;

  @Option(
      names = "--keep-runs",
      paramLabel = "N",
      description =
          "Keep the rows of the N newest runs of the site in the store, delete older ones "
              + "(their counts, the subjects' history and the events stay). Default: keep all.")
  Integer keepRuns;

  WriteOptions writeOptions() {
    int after = remediatedAfter == null ? WriteOptions.DEFAULT_REMEDIATED_AFTER : remediatedAfter;
    if (after < 1 || after > 1000) {
      throw new UsageException("--remediated-after " + after + " is not in 1-1000");
    }
    int keep = keepRuns == null ? 0 : keepRuns;
    if (keepRuns != null && (keep < 1 || keep > 100_000)) {
      throw new UsageException("--keep-runs " + keep + " is not in 1-100000");
    }
    return new WriteOptions(true, after, keep);
  }

  /** The site name: --site, else the host name when a store is used, else "". */
  String site(boolean storeUsed) {
    if (site != null) {
      String s = site.strip();
      if (s.isEmpty() || s.length() > 200 || s.chars().anyMatch(Character::isISOControl)) {
        throw new UsageException("--site '" + site + "' must be 1-200 printable characters");
      }
      return s;
    }
    return storeUsed ? HostName.local() : "";
  }
}
