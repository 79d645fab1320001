package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void oneFormatKeepsTheGivenName() {
    assertThat(ReportFormat.targets("audit.txt", List.of(ReportFormat.HTML)))
        .containsExactly(java.util.Map.entry(ReportFormat.HTML, "audit.txt"));
    assertThat(ReportFormat.targets("-", List.of(ReportFormat.JSONL)))
        .containsEntry(ReportFormat.JSONL, "-");
  }

  @Test
  void severalFormatsShareTheBaseName() {
    assertThat(
            ReportFormat.targets(
                "out/report.csv", List.of(ReportFormat.HTML, ReportFormat.CSV, ReportFormat.JSONL)))
        .containsExactly(
            java.util.Map.entry(ReportFormat.CSV, "out/report.csv"),
            java.util.Map.entry(ReportFormat.JSONL, "out/report.jsonl"),
            java.util.Map.entry(ReportFormat.HTML, "out/report.html"));
    assertThat(ReportFormat.targets("audit", List.of(ReportFormat.CSV, ReportFormat.HTML)).values())
        .containsExactly("audit.csv", "audit.html");
    assertThat(
            ReportFormat.targets("r.HTML", List.of(ReportFormat.CSV, ReportFormat.HTML)).values())
        .containsExactly("r.csv", "r.html");
  }

  @Test
  void rejectsAmbiguousTargetsAndUnknownNames() {
    assertThatThrownBy(
            () -> ReportFormat.targets("-", List.of(ReportFormat.CSV, ReportFormat.HTML)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stdout");
    assertThatThrownBy(() -> ReportFormat.targets("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportFormat.parse(" JSONL ")).isEqualTo(ReportFormat.JSONL);
    assertThatThrownBy(() -> ReportFormat.parse("xml")).hasMessageContaining("csv, jsonl, html");
  }
}
