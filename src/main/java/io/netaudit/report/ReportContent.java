package io.netaudit.report;

import java.util.Objects;

/**
 * Everything a {@link ReportWriter} may render.
 *
 * @param rows the rows held in memory, in report order
 * @param silent the rows of targets that did not answer, in report order, possibly millions and
 *     streamed from disk (see {@link ReportRows}); a writer that builds its whole output in memory
 *     may list only some and count the rest
 * @param rawHex the exact bytes of device text that was not UTF-8, per row and column
 * @param facts facts of the run besides the rows
 * @param history the trend and remediation facts of the history store ({@link HistoryFacts#NONE}
 *     without one)
 */
public record ReportContent(
    ReportRows rows, ReportRows silent, RawHex rawHex, RunFacts facts, HistoryFacts history) {
  public ReportContent {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(silent, "silent");
    Objects.requireNonNull(rawHex, "rawHex");
    Objects.requireNonNull(facts, "facts");
    history = history == null ? HistoryFacts.NONE : history;
  }

  /** Content without history facts. */
  public ReportContent(ReportRows rows, ReportRows silent, RawHex rawHex, RunFacts facts) {
    this(rows, silent, rawHex, facts, HistoryFacts.NONE);
  }

  /** Every row in report order: the held rows and the silent ones merged as they stream. */
  public ReportRows all() {
    return silent.size() == 0 ? rows : ReportRows.merge(rows, silent);
  }
}
