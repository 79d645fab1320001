package io.netaudit.store;

/**
 * How a run is written.
 *
 * @param history keep the subjects' history and events up to date (off in the spool, which only
 *     keeps runs until they are pushed)
 * @param remediatedAfter a RESTRICTED or REVIEW subject missed by this many complete runs of its
 *     site in a row (runs that covered it) is remediated
 * @param keepRuns keep the rows of this many newest complete runs of the site; 0 keeps all
 */
public record WriteOptions(boolean history, int remediatedAfter, int keepRuns) {
  public static final int DEFAULT_REMEDIATED_AFTER = 3;

  public WriteOptions {
    if (remediatedAfter < 1) {
      throw new IllegalArgumentException("remediated-after " + remediatedAfter + " is below 1");
    }
    if (keepRuns < 0) {
      throw new IllegalArgumentException("keep-runs " + keepRuns + " is below 0");
    }
  }

  /** The spool's: runs and rows only, until they are pushed. */
  public static WriteOptions spool() {
    return new WriteOptions(false, DEFAULT_REMEDIATED_AFTER, 0);
  }
}
