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
 * @param endpoints the endpoint rows, by MAC, possibly a million: built as they stream from a
 *     compact store (see {@link ReportRows}); they come after every other row
 * @param csvRecords the CSV text of rows the run rendered ahead, while it swept (the CSV writer
 *     copies it for a row equal to one rendered)
 */
public record ReportContent(
    ReportRows rows,
    ReportRows silent,
    RawHex rawHex,
    RunFacts facts,
    HistoryFacts history,
    ReportRows endpoints,
    CsvRecords csvRecords) {
  public ReportContent {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(silent, "silent");
    Objects.requireNonNull(rawHex, "rawHex");
    Objects.requireNonNull(facts, "facts");
    history = history == null ? HistoryFacts.NONE : history;
    endpoints = endpoints == null ? ReportRows.of(java.util.List.of()) : endpoints;
    csvRecords = csvRecords == null ? CsvRecords.none() : csvRecords;
  }

  /** Content with nothing rendered ahead. */
  public ReportContent(
      ReportRows rows,
      ReportRows silent,
      RawHex rawHex,
      RunFacts facts,
      HistoryFacts history,
      ReportRows endpoints) {
    this(rows, silent, rawHex, facts, history, endpoints, null);
  }

  /** Content without endpoints. */
  public ReportContent(
      ReportRows rows, ReportRows silent, RawHex rawHex, RunFacts facts, HistoryFacts history) {
    this(rows, silent, rawHex, facts, history, null, null);
  }

  /** Content without history facts or endpoints. */
  public ReportContent(ReportRows rows, ReportRows silent, RawHex rawHex, RunFacts facts) {
    this(rows, silent, rawHex, facts, HistoryFacts.NONE, null, null);
  }

  /**
   * Every row in report order: the held rows and the silent ones merged by address as they stream,
   * then the endpoints by MAC.
   */
  public ReportRows all() {
    ReportRows addressed = silent.size() == 0 ? rows : ReportRows.merge(rows, silent);
    return endpoints.size() == 0 ? addressed : ReportRows.concat(addressed, endpoints);
  }
}
