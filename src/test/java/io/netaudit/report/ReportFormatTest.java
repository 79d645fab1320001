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
  void theLongestKnownExtensionIsTheOneReplaced() {
    assertThat(
            ReportFormat.targets(
                    "out/audit.v1.jsonl",
                    List.of(ReportFormat.CSV, ReportFormat.JSONL1, ReportFormat.CYCLONEDX))
                .values())
        .containsExactly("out/audit.csv", "out/audit.cdx.json", "out/audit.v1.jsonl");
    assertThat(
            ReportFormat.targets("a.cdx.json", List.of(ReportFormat.CSV, ReportFormat.JSONL))
                .values())
        .containsExactly("a.csv", "a.jsonl");
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

  @Test
  void everyFormatIsFoundByItsNamesAndHasItsOwnWriter() throws Exception {
    assertThat(ReportFormat.parse("ndjson")).isEqualTo(ReportFormat.JSONL);
    assertThat(ReportFormat.parse("Json-Lines")).isEqualTo(ReportFormat.JSONL);
    java.io.OutputStream out = java.io.OutputStream.nullOutputStream();
    assertThat(ReportFormat.CSV.writer(out)).isInstanceOf(CsvReportWriter.class);
    assertThat(ReportFormat.JSONL.writer(out)).isInstanceOf(JsonLinesV2Writer.class);
    assertThat(ReportFormat.JSONL1.writer(out)).isInstanceOf(JsonLinesWriter.class);
    assertThat(ReportFormat.CYCLONEDX.writer(out)).isInstanceOf(CycloneDxWriter.class);
    assertThat(ReportFormat.parse("cdx")).isEqualTo(ReportFormat.CYCLONEDX);
    assertThat(ReportFormat.HTML.writer(out)).isInstanceOf(HtmlReportWriter.class);
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(ReportFormat.parse(f.formatName())).isEqualTo(f);
    }
  }

  @Test
  void eachWriterRendersTheSameContentToTheStreamForDash() throws Exception {
    ReportContent content =
        new ReportContent(
            ReportRows.of(List.of(TestRows.row("10.0.0.1", "RESTRICTED", "Huawei", "VRP"))),
            ReportRows.of(List.of()),
            new RawHex(),
            HtmlFixture.summary());
    for (ReportFormat f : ReportFormat.values()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      f.writer(out).write("-", content);
      assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
          .as(f.name())
          .contains("10.0.0.1")
          .contains("RESTRICTED")
          .contains("Huawei");
    }
  }
}
