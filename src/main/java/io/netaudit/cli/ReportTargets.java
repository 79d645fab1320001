package io.netaudit.cli;

import io.netaudit.report.ReportFormat;
import java.util.List;
import java.util.Map;

/**
 * The files an {@code -o} and a {@code --format} list name, for every command that writes reports.
 */
final class ReportTargets {
  private ReportTargets() {}

  /** {@link ReportFormat#targets}, its refusal as a usage error (exit 2) naming what is wrong. */
  static Map<ReportFormat, String> of(String output, List<ReportFormat> formats) {
    try {
      return ReportFormat.targets(output, formats);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
