package io.netaudit.report;

import java.io.IOException;

/**
 * One report format's writer: renders the typed rows in its own syntax and publishes the result
 * through {@link AtomicReportFile} (a file appears complete or not at all; "-" is the stdout the
 * writer was made with). A new format is one class implementing this plus one {@link ReportFormat}
 * constant.
 */
public interface ReportWriter {
  void write(String target, ReportContent content) throws IOException;
}
