package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordsTest {
  @TempDir Path dir;

  /** Rows with every kind of cell the writer treats specially, and two rows of one address. */
  private static List<ReportRow> rows() {
    return List.of(
        TestRows.row("10.0.0.9", "REVIEW", "H3C", "H3C Switch \"Comware\" =cmd"),
        TestRows.row(
            "10.0.0.10",
            "RESTRICTED",
            "Huawei",
            "Huawei VRP\r\nCopyright (C) Huawei Technologies Co., Ltd. \u00e9\u4e2d\u6587"),
        TestRows.row("10.0.0.10", "REVIEW", "Huawei", "a component, same address"),
        TestRows.row("2001:db8::5", "COMPLIANT", "Cisco", "Cisco IOS, C2960"),
        ReportRow.builder(TestRows.addr("10.0.0.2"), AuditStatus.NO_RESPONSE)
            .snmpVersion("v2c")
            .polledAt(Instant.parse("2025-01-02T03:04:05Z"))
            .detail("timeout after 2 retries")
            .build());
  }

  private byte[] written(List<ReportRow> rows, CsvRecords records) throws Exception {
    Path report = dir.resolve("r-" + System.nanoTime() + ".csv");
    ReportContent content =
        new ReportContent(
            ReportRows.of(rows),
            ReportRows.of(List.of()),
            new RawHex(),
            new RunFacts(Map.of(), 0, null, null, null, null, null),
            HistoryFacts.NONE,
            null,
            records);
    new CsvReportWriter(OutputStream.nullOutputStream()).write(report.toString(), content);
    return Files.readAllBytes(report);
  }

  @Test
  void aReportOfRowsRenderedAheadIsTheReportOfRowsRenderedAtTheEnd() throws Exception {
    CsvRecords ahead = CsvRecords.ahead();
    rows().forEach(ahead::prepare);

    assertThat(ahead.size()).isEqualTo(rows().size());
    assertThat(written(rows(), ahead)).isEqualTo(written(rows(), CsvRecords.none()));
    // And the same bytes as the writer's other entry point, which renders everything at the end.
    Path plain = dir.resolve("plain.csv");
    new CsvReportWriter(OutputStream.nullOutputStream()).write(plain.toString(), rows());
    assertThat(written(rows(), ahead)).isEqualTo(Files.readAllBytes(plain));
  }

  @Test
  void anEqualRowFindsTheTextRenderedAheadAndAChangedRowIsRenderedAnew() {
    ReportRow row = TestRows.row("10.0.0.10", "RESTRICTED", "Huawei", "VRP");
    CsvRecords ahead = CsvRecords.ahead();
    ahead.prepare(row);
    // Rebuilt from the same parts, as the history columns are filled when the report is written.
    ReportRow rebuilt = row.withHistory(row.history());

    assertThat(rebuilt).isNotSameAs(row);
    assertThat(ahead.of(rebuilt)).isSameAs(ahead.of(row));

    ReportRow changed = row.withHistory(new History("site-a", null, null));
    assertThat(new String(ahead.of(changed), StandardCharsets.UTF_8))
        .contains(",site-a,")
        .isEqualTo(CsvReportWriter.record(changed));
    assertThat(new String(ahead.of(row), StandardCharsets.UTF_8)).doesNotContain("site-a");
  }

  @Test
  void rowsBeyondTheBudgetAreRenderedWhenWritten() throws Exception {
    List<ReportRow> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(
          TestRows.row("10.1." + (i / 256) + "." + (i % 256), "COMPLIANT", "v", "x".repeat(i)));
    }
    int oneRow = CsvReportWriter.record(many.get(0)).length();
    CsvRecords small = CsvRecords.withBudget(10L * oneRow);
    many.forEach(small::prepare);

    assertThat(small.size()).isBetween(1, 10);
    assertThat(written(many, small)).isEqualTo(written(many, CsvRecords.none()));
  }

  @Test
  void noneRendersNothingAhead() {
    CsvRecords none = CsvRecords.none();
    rows().forEach(none::prepare);

    assertThat(none.size()).isZero();
  }
}
