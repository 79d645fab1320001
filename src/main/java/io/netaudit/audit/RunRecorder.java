package io.netaudit.audit;

import io.netaudit.report.ReportContent;

/**
 * Told about a run once its reports are published: the history store records it there. Not called
 * for a stopped run (its report is incomplete). Must not throw: what it cannot do it reports
 * itself; the reports are already written.
 */
@FunctionalInterface
public interface RunRecorder {
  RunRecorder NONE = (content, summary) -> {};

  /**
   * @param content every row of the run as the reports got them (held rows, the streamed silent
   *     ones and the endpoint rows)
   */
  void record(ReportContent content, AuditSummary summary);
}
