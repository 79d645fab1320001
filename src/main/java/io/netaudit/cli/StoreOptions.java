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
    int after =
        BoundedOptions.checked(
            BoundedOptions.REMEDIATED_AFTER,
            remediatedAfter == null ? WriteOptions.DEFAULT_REMEDIATED_AFTER : remediatedAfter);
    int keep = keepRuns == null ? 0 : BoundedOptions.checked(BoundedOptions.KEEP_RUNS, keepRuns);
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
