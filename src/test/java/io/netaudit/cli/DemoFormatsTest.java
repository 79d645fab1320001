package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netaudit.testing.Chromium;
import io.netaudit.testing.JsonSchemas;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netaudit demo --format ...} end to end (the built-in simulated network on loopback): every
 * format from one run, each checked as the tool that reads it would. The reports stay in
 * target/demo-report/ (and the screenshot in target/demo-report.png) for people to look at.
 */
class DemoFormatsTest {
  private static final Path DIR = Path.of("target", "demo-report").toAbsolutePath();
  private static CliRun run;

  @TempDir Path work;

  @BeforeAll
  static void runTheDemoOnce() throws Exception {
    Files.createDirectories(DIR);
    run =
        CliRun.of(
            "demo",
            "--format",
            "csv,jsonl,html,cyclonedx,jsonl1",
            "-o",
            DIR.resolve("demo.csv").toString());
  }

  @Test
  void oneRunWritesEveryFormatAndTheTableFromTheCsv() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String name :
        List.of("demo.csv", "demo.jsonl", "demo.html", "demo.cdx.json", "demo.v1.jsonl")) {
      assertThat(DIR.resolve(name)).as(name).isNotEmptyFile();
    }
    assertThat(run.out()).contains("127.77.0.10  component  RESTRICTED");
    assertThat(run.err()).contains("demo.cdx.json").contains("(27 rows)");
  }

  @Test
  void scanAndDemoHelpListTheSameFormatNames() {
    for (String command : List.of("scan", "demo")) {
      CliRun help = CliRun.of(command, "--help");
      // picocli wraps the help; compare it as one line
      assertThat(help.out().replaceAll("\\s+", " "))
          .as(command)
          .contains("csv, jsonl, html, cyclonedx, jsonl1")
          .doesNotContain("cdx.json, v1.jsonl");
    }
    CliRun bad = CliRun.of("demo", "--format", "pdf");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("'pdf' is not a report format (csv, jsonl, html, cyclonedx, jsonl1)");
  }

  @Test
  void theCsvNamesTheCpeOfModelsItKnows() throws Exception {
    List<CSVRecord> rows = csv(DIR.resolve("demo.csv"));
    CSVRecord cisco = find(rows, "127.77.0.10", "device");
    assertThat(cisco.get("cpe_hardware"))
        .isEqualTo("cpe:2.3:h:cisco:ws-c2960x-48fpd-l:*:*:*:*:*:*:*:*");
    assertThat(cisco.get("cpe_firmware"))
        .isEqualTo("cpe:2.3:o:cisco:ws-c2960x-48fpd-l_firmware:15.2\\(7\\)e4:*:*:*:*:*:*:*");
    CSVRecord optic = find(rows, "127.77.0.10", "component");
    assertThat(optic.get("cpe_hardware"))
        .isEqualTo("cpe:2.3:h:huawei:esfp-ge-lx-sm1310:*:*:*:*:*:*:*:*");
    CSVRecord camera = find(rows, "127.77.0.6", "device");
    assertThat(camera.get("cpe_firmware"))
        .isEqualTo("cpe:2.3:o:hikvision:ds-2cd2143g2-i_firmware:v5.7.3_build_220112:*:*:*:*:*:*:*");
    // A maker without a model has no CPE name.
    assertThat(find(rows, "127.77.0.1", "device").get("cpe_hardware")).isEmpty();
  }

  @Test
  void everyJsonLinesV2LineIsValidAndTyped() throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve("demo.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(27);
    ObjectMapper json = new ObjectMapper();
    List<String> kinds = new ArrayList<>();
    for (String line : lines) {
      assertThat(JsonSchemas.reportLineProblems(line)).as(line).isEmpty();
      JsonNode l = json.readTree(line);
      kinds.add(l.at("/netaudit/row_type").asText());
      // The report time is to the second: no nanoseconds anywhere.
      assertThat(l.at("/event/created").asText())
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }
    assertThat(kinds).contains("device", "component", "neighbour", "endpoint");
  }

  @Test
  void theBomIsValidAndNestsTheOpticInItsSwitch() throws Exception {
    String text = Files.readString(DIR.resolve("demo.cdx.json"), StandardCharsets.UTF_8);
    assertThat(JsonSchemas.cycloneDx16Problems(text)).isEmpty();
    Bom bom = new JsonParser().parse(text.getBytes(StandardCharsets.UTF_8));
    Component cisco =
        bom.getComponents().stream()
            .filter(c -> "device:127.77.0.10".equals(c.getBomRef()))
            .findFirst()
            .orElseThrow();
    assertThat(cisco.getComponents())
        .extracting(Component::getBomRef)
        .containsExactly("device:127.77.0.10/firmware", "device:127.77.0.10/entity:1001");
    assertThat(bom.getComponents())
        .extracting(Component::getBomRef)
        .contains("neighbour:127.77.1.7@127.77.0.11");
  }

  @Test
  @Tag("browser")
  void thePageShowsComponentsAndNeighboursAsSuchWithFoldedEvidence() throws Exception {
    assumeTrue(Chromium.available(), "no " + Chromium.BINARY + ": real-browser check skipped");
    Chromium chromium = new Chromium(work);
    Path page = DIR.resolve("demo.html");
    String dom = chromium.dumpDom(page);
    assertThat(dom)
        .contains("<td class=\"kind\" data-kind=\"component\">")
        .contains("part #1001 (module) of 127.77.0.10")
        .contains("<td class=\"kind\" data-kind=\"neighbour\">")
        .contains("seen by 127.77.0.11")
        .contains("Counted: 23 devices, 1 component, 1 neighbour (rows that answered).")
        .doesNotContain("<details open");
    // 24 answered rows with evidence in the findings, 1 REVIEW endpoint in the endpoints section
    assertThat(count(dom, "<td class=\"evidence\"><details>")).isEqualTo(25);

    Path png = DIR.resolveSibling("demo-report.png");
    chromium.screenshot(page, png, 1600, 2200);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1600);
    // The RESTRICTED badges and bars are painted.
    assertThat(Chromium.pixelsNear(image, 0xc6, 0x28, 0x28)).isGreaterThan(500);
  }

  private static long count(String s, String part) {
    long n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static CSVRecord find(List<CSVRecord> rows, String address, String kind) {
    return rows.stream()
        .filter(r -> r.get("address").equals(address) && r.get("row_type").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static List<CSVRecord> csv(Path file) throws Exception {
    try (Reader r = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    }
  }
}
