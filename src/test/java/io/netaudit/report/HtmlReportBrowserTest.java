package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.testing.Chromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in real headless Chromium and checks the rendered DOM and a screenshot.
 * Runs in the normal test phase (so in {@code ./mvnw verify}) when /usr/bin/chromium exists;
 * skipped otherwise. Exclude with {@code -DexcludedGroups=browser}.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path work;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Chromium.available(), "no " + Chromium.BINARY + ": real-browser check skipped");
  }

  @Test
  void renderedDomHasTheExpectedRowsAndNoInjectedScriptRan() throws Exception {
    Files.createDirectories(TARGET);
    Path page = TARGET.resolve("html-report.html");
    new HtmlReportWriter(OutputStream.nullOutputStream())
        .write(page.toString(), HtmlFixture.rows(), HtmlFixture.summary());

    String dom = dumpDom(page);

    assertThat(dom)
        .contains("<title>" + HtmlReportWriter.TITLE + "</title>")
        .doesNotContain("pwned</title>")
        .doesNotContain("pwned-img</title>")
        .doesNotContain("pwned-svg</title>");
    for (Map.Entry<String, Long> e : HtmlFixture.EXPECTED_ROWS.entrySet()) {
      assertThat(count(dom, "<tr data-status=\"" + e.getKey() + "\""))
          .as(e.getKey() + " rows")
          .isEqualTo(e.getValue());
      assertThat(dom)
          .as(e.getKey() + " count")
          .containsPattern(
              "<li data-count-status=\""
                  + e.getKey()
                  + "\"[^>]*><span class=\"n\">"
                  + e.getValue()
                  + "</span>");
    }
    assertThat(count(dom, "<tr data-status=")).isEqualTo(8);
    // Escaping, checked apart from the CSP: the hostile text is text, not elements.
    assertThat(count(dom, "<script")).isZero();
    assertThat(count(dom, "<img")).isZero();
    assertThat(count(dom, "<svg")).isEqualTo(1);
    assertThat(dom).contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;Huawei VRP");
    assertThat(dom)
        .contains(
            "<a href=\"https://www.acquisition.gov/far/52.204-25\" rel=\"noopener noreferrer\">");
    // One segment per maker and status of what answered: the silent address is not charted.
    assertThat(count(dom, "data-segment-status=")).isEqualTo(6);
  }

  @Test
  void harnessWouldNoticeAScriptThatRuns() throws Exception {
    // Positive control: without escaping and CSP, the same payload does change the title in this
    // browser.
    Path page = work.resolve("control.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><title>"
            + HtmlReportWriter.TITLE
            + "</title></head><body>"
            + HtmlFixture.SCRIPT_DESCR
            + "</body></html>",
        StandardCharsets.UTF_8);

    assertThat(dumpDom(page)).contains("<title>pwned</title>");
  }

  @Test
  void screenshotShowsTheReport() throws Exception {
    Files.createDirectories(TARGET);
    Path page = TARGET.resolve("html-report.html");
    new HtmlReportWriter(OutputStream.nullOutputStream())
        .write(page.toString(), HtmlFixture.rows(), HtmlFixture.summary());
    Path png = TARGET.resolve("html-report.png");
    Files.deleteIfExists(png);

    new Chromium(work).screenshot(page, png, 1280, 2000);

    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    // The RESTRICTED colour (#c62828) is painted: badges, the summary border and chart segments.
    assertThat(pixelsNear(image, 0xc6, 0x28, 0x28)).isGreaterThan(500);
    assertThat(pixelsNear(image, 0x2e, 0x7d, 0x32)).isGreaterThan(500);
  }

  @Test
  void kindsAreShownAsSuchAndEvidenceIsFoldedUntilOpened() throws Exception {
    Path page = probePage(JsonLinesV2WriterTest.rows(), "");

    Map<String, Long> seen = results(dumpDom(page));

    // Folded: the evidence list is not shown, and takes no room, until its summary is opened.
    assertThat(seen.get("foldedListShown")).isZero();
    assertThat(seen.get("openListShown")).isOne();
    assertThat(seen.get("openHeight")).isGreaterThan(seen.get("foldedHeight") + 20);
    assertThat(seen.get("summaries")).isEqualTo(seen.get("evidenceCells"));
    String dom = dumpDom(page);
    assertThat(dom)
        .contains("<td class=\"kind\" data-kind=\"component\">")
        .contains("part #1001 (module) of 10.0.0.4")
        .contains("<td class=\"kind\" data-kind=\"neighbour\">")
        .contains("seen by 10.0.0.11");
  }

  @Test
  void filtersHideRowsWithoutAScriptOfTheirOwn() throws Exception {
    List<ReportRow> rows = JsonLinesV2WriterTest.rows();
    HtmlFilters filters = HtmlFilters.of(rows);
    // status, kind, maker id -> the rows that stay visible
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("||", (long) rows.size());
    expected.put("RESTRICTED||", rows.stream().filter(r -> is(r, AuditStatus.RESTRICTED)).count());
    expected.put(
        "findings||",
        rows.stream()
            .filter(r -> is(r, AuditStatus.RESTRICTED) || is(r, AuditStatus.REVIEW))
            .count());
    for (RowKind k : RowKind.values()) {
      long n = rows.stream().filter(r -> r.subject().kind() == k).count();
      if (n > 0) {
        expected.put("|" + k.label() + "|", n);
      }
    }
    expected.put(
        "RESTRICTED|device|",
        rows.stream()
            .filter(r -> is(r, AuditStatus.RESTRICTED) && r.subject().kind() == RowKind.DEVICE)
            .count());
    expected.put("||m0", rows.stream().filter(r -> filters.makerId(r).equals("m0")).count());
    StringBuilder cases = new StringBuilder();
    for (String key : expected.keySet()) {
      cases.append("\"").append(key).append("\",");
    }
    Path page = probePage(rows, cases.toString());

    Map<String, Long> seen = results(dumpDom(page));

    assertThat(expected.get("|component|")).isEqualTo(1);
    assertThat(expected.get("RESTRICTED||")).isLessThan(rows.size());
    for (Map.Entry<String, Long> e : expected.entrySet()) {
      assertThat(seen.get("visible:" + e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void endpointsAreChartedAndFilteredLikeTheOtherKinds() throws Exception {
    List<ReportRow> rows = JsonLinesV2WriterTest.rows();
    List<ReportRow> endpoints = CycloneDxWriterTest.endpoints(); // a phone, a REVIEW camera
    ReportRow camera = endpoints.get(1);
    HtmlEndpoints section = HtmlEndpoints.read(ReportRows.inOrder(endpoints));
    HtmlFilters filters = HtmlFilters.of(rows, section.byMaker());
    String cameraMaker = filters.makerId(camera);
    long devicesOfThatMaker =
        rows.stream().filter(r -> filters.makerId(r).equals(cameraMaker)).count();
    // status, kind, maker id -> the listed endpoints that stay visible (the camera, or none)
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("||", 1L);
    expected.put("findings||", 1L);
    expected.put("REVIEW||", 1L);
    expected.put("COMPLIANT||", 0L);
    expected.put("|endpoint|", 1L);
    expected.put("|device|", 0L);
    expected.put("||" + cameraMaker, 1L);
    expected.put("||" + filters.makerId(rows.get(0)), 0L);
    StringBuilder cases = new StringBuilder();
    for (String key : expected.keySet()) {
      cases.append("\"").append(key).append("\",");
    }
    Path page = probePage(rows, ReportRows.inOrder(endpoints), cases.toString());

    String dom = dumpDom(page);
    Map<String, Long> seen = results(dom);

    for (Map.Entry<String, Long> e : expected.entrySet()) {
      assertThat(seen.get("endpoints:" + e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    // the kind filter "endpoint" hides every other row; the camera's maker keeps its own rows
    assertThat(seen.get("visible:|endpoint|")).isZero();
    assertThat(seen.get("visible:||" + cameraMaker)).isEqualTo(devicesOfThatMaker);
    assertThat(seen.get("visible:|device|"))
        .isEqualTo(rows.stream().filter(r -> r.subject().kind() == RowKind.DEVICE).count());
    // the options and the maker chart count the endpoints
    long reviewOfThatMaker =
        1
            + rows.stream()
                .filter(r -> filters.makerId(r).equals(cameraMaker))
                .filter(r -> is(r, AuditStatus.REVIEW))
                .count();
    assertThat(dom)
        .contains("<option value=\"endpoint\">endpoint (2)</option>")
        .contains("Also counted: 2 endpoints (MACs the audited switches and routers know")
        .containsPattern(
            "data-maker=\"Hangzhou Hikvision Digital Technology\"[^>]*"
                + "data-segment-status=\"REVIEW\" data-count=\""
                + reviewOfThatMaker
                + "\"");
  }

  @Test
  void screenshotShowsTheEndpointsSection() throws Exception {
    Files.createDirectories(TARGET);
    Path page = TARGET.resolve("html-report-endpoints.html");
    Files.writeString(
        page,
        HtmlReportWriter.render(
            JsonLinesV2WriterTest.rows(),
            HtmlFixture.summary(),
            HistoryFacts.NONE,
            ReportRows.inOrder(CycloneDxWriterTest.endpoints())),
        StandardCharsets.UTF_8);
    Path png = TARGET.resolve("html-report-endpoints.png");
    Files.deleteIfExists(png);

    new Chromium(work).screenshot(page, png, 1280, 3000);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getHeight()).isEqualTo(3000);
    // the REVIEW colour is painted (badges, the chart's endpoint segment)
    assertThat(pixelsNear(image, 0xef, 0x8c, 0x00)).isGreaterThan(100);
  }

  private static boolean is(ReportRow r, AuditStatus s) {
    return r.finding().status() == s;
  }

  /**
   * The page for rows with a probe script added (and the CSP that forbids scripts taken out, in
   * this test copy only): for each "status|kind|maker" case it selects the filters and counts the
   * rows still displayed, and it measures the first evidence list folded and opened. The results go
   * into {@code <pre id="probe">} as "name=number" lines.
   */
  private Path probePage(List<ReportRow> rows, String cases) throws IOException {
    return probePage(rows, ReportRows.inOrder(List.of()), cases);
  }

  /**
   * As {@link #probePage(List, String)}, with endpoint rows; each case also counts the listed
   * endpoints still displayed ("endpoints:" lines).
   */
  private Path probePage(List<ReportRow> rows, ReportRows endpoints, String cases)
      throws IOException {
    String html =
        HtmlReportWriter.render(rows, HtmlFixture.summary(), HistoryFacts.NONE, endpoints);
    String csp =
        html.substring(
            html.indexOf("<meta http-equiv"),
            html.indexOf(">", html.indexOf("<meta http-equiv")) + 1);
    String script =
        "<pre id=\"probe\"></pre><script>\n"
            + "const out = [];\n"
            + "const shown = (t = '#findings') => [...document.querySelectorAll(t + ' tbody tr')]"
            + ".filter(tr => getComputedStyle(tr).display !== 'none').length;\n"
            + "for (const c of ["
            + cases
            + "]) {\n"
            + "  const [s, k, m] = c.split('|');\n"
            + "  document.getElementById('f-status').value = s;\n"
            + "  document.getElementById('f-kind').value = k;\n"
            + "  document.getElementById('f-maker').value = m;\n"
            + "  out.push('visible:' + c + '=' + shown());\n"
            + "  out.push('endpoints:' + c + '=' + shown('#endpoint-findings'));\n"
            + "}\n"
            + "const d = document.querySelector('td.evidence details');\n"
            + "out.push('foldedHeight=' + Math.round(d.getBoundingClientRect().height));\n"
            + "out.push('foldedListShown=' + (d.querySelector('ul').checkVisibility() ? 1 : 0));\n"
            + "d.open = true;\n"
            + "out.push('openHeight=' + Math.round(d.getBoundingClientRect().height));\n"
            + "out.push('openListShown=' + (d.querySelector('ul').checkVisibility() ? 1 : 0));\n"
            + "out.push('summaries=' + document.querySelectorAll('td.evidence details > summary').length);\n"
            + "out.push('evidenceCells=' + [...document.querySelectorAll('td.evidence')]"
            + ".filter(td => td.children.length > 0).length);\n"
            + "document.getElementById('probe').textContent = out.join('\\n');\n"
            + "</script>\n";
    Path page = work.resolve("probe.html");
    Files.writeString(
        page, html.replace(csp, "").replace("</body>", script + "</body>"), StandardCharsets.UTF_8);
    return page;
  }

  private static Map<String, Long> results(String dom) {
    int from = dom.indexOf("<pre id=\"probe\">") + "<pre id=\"probe\">".length();
    String text = dom.substring(from, dom.indexOf("</pre>", from));
    Map<String, Long> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.lastIndexOf('=');
      out.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
    }
    assertThat(out).as("probe output: " + text).isNotEmpty();
    return out;
  }

  private String dumpDom(Path page) throws Exception {
    return new Chromium(work).dumpDom(page);
  }

  private static long count(String s, String part) {
    long n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static long pixelsNear(BufferedImage image, int r, int g, int b) {
    return Chromium.pixelsNear(image, r, g, b);
  }
}
