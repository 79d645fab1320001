package io.netaudit.report;

import static io.netaudit.report.TestRows.filesIn;
import static io.netaudit.report.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.text.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
  @TempDir Path dir;

  private final String html = HtmlReportWriter.render(HtmlFixture.rows(), HtmlFixture.summary());

  @Test
  void deviceTextIsEscapedEverywhere() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onload=\"")
        .doesNotContain("onerror=\"");
    assertThat(count(lower, "<svg")).isEqualTo(1); // only the chart
    assertThat(html)
        .contains(
            "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Huawei VRP\nVersion 5.170");
    assertThat(html)
        .contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned-img&#39;&quot;&gt;");
    // The hostile vendor name is in attributes (data-maker) and text, escaped in both.
    assertThat(html).contains("data-maker=\"&quot;&gt;&lt;svg onload=&quot;");
  }

  @Test
  void findingsComeFirstThenOthersEachByAddress() {
    List<String> statuses = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    Matcher m =
        Pattern.compile("<tr data-status=\"([^\"]+)\"><td class=\"addr\">([^<]+)</td>")
            .matcher(html);
    while (m.find()) {
      statuses.add(m.group(1));
      addresses.add(m.group(2));
    }
    assertThat(statuses)
        .containsExactly(
            "RESTRICTED",
            "RESTRICTED",
            "REVIEW",
            "UNIDENTIFIED",
            "COMPLIANT",
            "COMPLIANT",
            "COMPLIANT",
            "NO_RESPONSE");
    assertThat(addresses)
        .containsExactly(
            "10.0.0.2",
            "10.0.0.10",
            "10.0.0.3",
            "10.0.0.7",
            "10.0.0.4",
            "10.0.0.5",
            "10.0.0.6",
            "10.0.0.8");
  }

  @Test
  void advisoriesLinkOnlyToWebUrls() {
    assertThat(html)
        .contains(
            "<a href=\"https://www.acquisition.gov/far/52.204-25\" rel=\"noopener noreferrer\">"
                + "NDAA-889</a>");
    assertThat(html)
        .contains(
            "<a href=\"https://www.fcc.gov/supplychain/coveredlist\" rel=\"noopener noreferrer\">"
                + "FCC-COVERED</a> EVIL");
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
    assertThat(HtmlFindings.isWebUrl(" HTTPS://example.org/x ")).isTrue();
    assertThat(HtmlFindings.isWebUrl("data:text/html,x")).isFalse();
    assertThat(HtmlFindings.isWebUrl("https://")).isFalse();
    assertThat(HtmlFindings.isWebUrl("https://a b")).isFalse();
  }

  @Test
  void summaryShowsCountsTargetsTimesAndDataDates() {
    assertThat(html)
        .contains(
            "<li data-count-status=\"RESTRICTED\" style=\"border-left-color:#c62828\">"
                + "<span class=\"n\">2</span>");
    assertThat(html).contains("data-count-status=\"ERROR\"");
    assertThat(html)
        .contains(
            "<dt>Targets</dt><dd>8</dd>",
            "<dt>Elapsed</dt><dd>3.2 s</dd>",
            "<dt>Generated</dt><dd>2025-01-02T03:04:10Z</dd>",
            "<dt>Tool</dt><dd>netaudit 0.1.0-test</dd>",
            "<td>advisories</td><td>2025-01-15</td>");
    assertThat(html).contains("<title>" + HtmlReportWriter.TITLE + "</title>");
  }

  @Test
  void chartHasOneStackedBarPerMakerWithSegmentsPerStatus() {
    assertThat(html)
        .contains("data-maker=\"Cisco\" data-segment-status=\"COMPLIANT\" data-count=\"2\"");
    assertThat(html)
        .contains("data-maker=\"Huawei\" data-segment-status=\"RESTRICTED\" data-count=\"1\"");
    assertThat(html)
        .contains(
            "data-maker=\"(unknown maker)\" data-segment-status=\"UNIDENTIFIED\" data-count=\"1\"");
    // Silent addresses are not makers' devices: the chart counts what answered and says so.
    assertThat(html).doesNotContain("data-segment-status=\"NO_RESPONSE\"");
    assertThat(html)
        .contains(
            "<p class=\"caption\">Counted: 7 devices (rows that answered). Not counted: 1 silent"
                + " address (NO_RESPONSE, see the summary).</p>");
    assertThat(count(html, "<g class=\"bar\"")).isEqualTo(6);
    // The largest bar (Cisco 2) is first and spans the full 640 px.
    assertThat(html)
        .contains(
            "data-maker=\"Cisco\" data-segment-status=\"COMPLIANT\" data-count=\"2\" x=\"220.0\" "
                + "y=\"34\" width=\"640.0\"");
  }

  @Test
  void manyMakersFoldIntoOneBar() {
    List<ReportRow> rows = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      rows.add(row("10.0.1." + i, "COMPLIANT", "Maker " + i, "x"));
    }
    String page = HtmlReportWriter.render(rows, HtmlFixture.summary());
    assertThat(count(page, "<g class=\"bar\"")).isEqualTo(30);
    assertThat(page)
        .contains(
            "data-maker=\"(16 other makers)\" data-segment-status=\"COMPLIANT\" data-count=\"16\"");
  }

  @Test
  void selfContainedNoExternalAssetsNoScript() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<link")
        .doesNotContain(" src=\"")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void emptyReportStillRenders() {
    String page =
        HtmlReportWriter.render(List.of(), new RunFacts(Map.of(), 0, null, null, null, null, null));
    assertThat(page).contains("no devices").contains("<tbody>\n</tbody>");
  }

  @Test
  void writesUtf8FileAtomicallyAndDashToStream() throws Exception {
    Path report = dir.resolve("report.html");
    Files.writeString(report, "old");
    new HtmlReportWriter(OutputStream.nullOutputStream())
        .write(report.toString(), HtmlFixture.rows(), HtmlFixture.summary());
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(filesIn(dir)).containsExactly("report.html");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlReportWriter(out).write("-", HtmlFixture.rows(), HtmlFixture.summary());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void failureMidWriteLeavesThePreviousReportAndNoTempFile() throws Exception {
    Path report = dir.resolve("report.html");
    Files.writeString(report, "previous");
    List<ReportRow> rows =
        Stream.iterate(1, i -> i + 1)
            .limit(2000)
            .map(i -> row("10.0." + (i / 250) + "." + (i % 250), "COMPLIANT", "x", "y".repeat(100)))
            .collect(Collectors.toList());
    HtmlReportWriter failing =
        new HtmlReportWriter(OutputStream.nullOutputStream(), TestRows.FailAfter::new);

    assertThatThrownBy(() -> failing.write(report.toString(), rows, HtmlFixture.summary()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(Files.readString(report)).isEqualTo("previous");
    assertThat(filesIn(dir)).containsExactly("report.html");
  }

  @Test
  void evidenceItemsAreListedWholeEvenWhenDeviceTextHoldsTheCsvSeparator() throws Exception {
    ReportRow row =
        ReportRow.builder(TestRows.addr("10.0.0.1"), AuditStatus.UNIDENTIFIED)
            .evidence(
                List.of(
                    EvidenceItem.note("sysDescr \"a ; b\" names no maker"),
                    EvidenceItem.verdict("vendor not identified")))
            .build();

    String page = HtmlReportWriter.render(List.of(row), HtmlFixture.summary());

    assertThat(page)
        .contains(
            "<td class=\"evidence\"><details><summary>2 items</summary><ul><li>sysDescr &quot;a ;"
                + " b&quot; names no maker</li><li>verdict: vendor not identified</li></ul></details>"
                + "</td>");
  }

  @Test
  void statusColoursComeFromTheStatus() {
    for (AuditStatus s : AuditStatus.values()) {
      assertThat(s.colour()).matches("#[0-9a-f]{6}");
    }
    assertThat(html)
        .contains(
            "<span class=\"badge\" style=\"background:"
                + AuditStatus.REVIEW.colour()
                + "\">REVIEW</span>");
  }

  @Test
  void htmlEscapeTable() {
    assertThat(Html.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(Html.escape("x\r\ny\rz\nw\tv")).isEqualTo("x\ny\nz\nw\tv");
    assertThat(Html.escape("nul\u0000 esc\u001b csi\u009b del\u007f"))
        .isEqualTo("nul\\x00 esc\\x1b csi\\x9b del\\x7f");
    assertThat(Html.escape("lone\uD800 \uD83D\uDE00")).isEqualTo("lone\uFFFD \uD83D\uDE00");
    assertThat(Html.escape(null)).isEmpty();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
