package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path work;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": real-browser check skipped");
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
    assertThat(count(dom, "data-segment-status=")).isEqualTo(7);
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

    run(List.of("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString()));

    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    // The RESTRICTED colour (#c62828) is painted: badges, the summary border and chart segments.
    assertThat(pixelsNear(image, 0xc6, 0x28, 0x28)).isGreaterThan(500);
    assertThat(pixelsNear(image, 0x2e, 0x7d, 0x32)).isGreaterThan(500);
  }

  private String dumpDom(Path page) throws Exception {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  private String run(List<String> extra) throws Exception {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    cmd.addAll(extra);
    Path out = work.resolve("chromium.out");
    Path err = work.resolve("chromium.err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium timed out; stderr: " + tail(err));
    }
    assertThat(p.exitValue()).as("chromium exit; stderr: %s", tail(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String tail(Path file) throws IOException {
    String s = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }

  private static long count(String s, String part) {
    long n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static long pixelsNear(BufferedImage image, int r, int g, int b) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - r) < 12
            && Math.abs(((rgb >> 8) & 0xff) - g) < 12
            && Math.abs((rgb & 0xff) - b) < 12) {
          n++;
        }
      }
    }
    return n;
  }
}
