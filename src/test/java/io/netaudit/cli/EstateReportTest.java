package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.testing.PostgresExtension;
import io.netaudit.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sites' collectors writing into one real PostgreSQL (the demo network stands for each site's
 * network: the same private addresses at both), then the estate report and the history, through the
 * CLI. The store's password is in a 0600 file and shows in no output, report or log line.
 */
@ExtendWith(PostgresExtension.class)
class EstateReportTest {
  /** The demo's camera behind the access switch's port Gi1/0/14. */
  private static final String CAMERA = "44:19:b6:3c:51:0e";

  @TempDir Path dir;

  @Test
  void twoSitesIntoOnePostgresqlThenTheEstateReportAndTheHistory(TestPostgres pg) throws Exception {
    String store = pg.newDatabase();
    Path password = pg.passwordFile(dir);
    Path log = dir.resolve("netaudit.log");
    CliRun first = demo(store, password, log, "hq", "--format", "csv,html");
    firstNightPageShowsTheCamera();
    List<CliRun> runs =
        List.of(
            first,
            demo(store, password, log, "branch", "--jurisdiction", "CZ"),
            demo(store, password, log, "hq", "--jurisdiction", "CZ", "--format", "csv,jsonl,html"));
    for (CliRun run : runs) {
      assertThat(run.exitCode()).as(run.err()).isZero();
      // The demo's 27 rows: 25 devices and neighbours and the access switch's two endpoints
      // (stored by site and MAC).
      assertThat(run.err()).contains("run stored (27 rows;");
    }
    // Only the Czech advisory the second HQ night: some HQ devices change status (how many is the
    // policy's business, not this test's).
    assertThat(runs.get(2).err()).containsPattern("status changed [1-9]");
    theCameraHasItsHistoryInTheNightsReports();

    Path estate = dir.resolve("estate.csv");
    CliRun report =
        CliRun.of(
            "report",
            "--store",
            store,
            "--store-password-file",
            password.toString(),
            "--all-sites",
            "--format",
            "csv,jsonl,html",
            "-o",
            estate.toString());
    assertThat(report.exitCode()).as(report.err()).isEqualTo(1);
    assertThat(report.err())
        .contains("estate of 2 sites (the latest complete run of each), 54 rows")
        .contains("remediation since ");
    List<CSVRecord> rows = csv(estate);
    assertThat(rows).hasSize(54);
    assertThat(rows.stream().map(r -> r.get("site")).distinct())
        .containsExactlyInAnyOrder("hq", "branch");
    assertThat(rows.stream().filter(r -> r.get("address").equals("127.77.0.1"))).hasSize(2);
    theEstateHasTheCameraOfEachSite(rows);
    String html = Files.readString(dir.resolve("estate.html"));
    assertThat(html)
        .contains("<section id=\"remediation\">")
        .contains("data-remediation=\"open\"")
        .contains("Trend, site branch")
        .contains("Trend, site hq")
        .contains("data-run=\"hq ");
    assertThat(Files.readAllLines(dir.resolve("estate.jsonl"))).hasSize(54);

    CliRun history =
        CliRun.of(
            "history",
            "--store",
            store,
            "--store-password-file",
            password.toString(),
            "--vendor",
            "hikvision",
            "--site",
            "hq");
    assertThat(history.exitCode()).as(history.err()).isZero();
    assertThat(history.out())
        .containsPattern("hq +appeared +127\\.77\\.0\\.6 +device +Hangzhou Hikvision")
        .containsPattern("hq +status changed +127\\.77\\.0\\.6 .*RESTRICTED -> COMPLIANT")
        .doesNotContain("branch");

    // Its timeline by MAC, in a spelling the reports do not use.
    CliRun byMac =
        CliRun.of(
            "history",
            "--store",
            store,
            "--store-password-file",
            password.toString(),
            "--site",
            "hq",
            "4419.B63C.510E");
    assertThat(byMac.exitCode()).as(byMac.err()).isZero();
    assertThat(byMac.out())
        .containsPattern("hq +" + CAMERA + " +endpoint +Hangzhou Hikvision")
        .containsPattern("hq +appeared +" + CAMERA + " +endpoint");

    String secret = pg.password();
    for (CliRun run : Stream.concat(runs.stream(), Stream.of(report, history)).toList()) {
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
    for (Path f : List.of(estate, dir.resolve("estate.html"), dir.resolve("estate.jsonl"), log)) {
      assertThat(Files.readString(f, StandardCharsets.UTF_8)).doesNotContain(secret);
    }
  }

  /** The first HQ night's page lists the REVIEW camera (an endpoint), where and since when. */
  private void firstNightPageShowsTheCamera() throws IOException {
    assertThat(Files.readString(dir.resolve("hq.html")))
        .containsPattern(
            "data-endpoint-status=\"REVIEW\"><td class=\"addr\">"
                + CAMERA
                + "</td>.*<td>hq</td><td>20[0-9-]+T[0-9:.]+Z</td><td>20[0-9-]+T");
    // Its trend bar counts the REVIEW rows as the store does: the camera among them.
    long review =
        csv(dir.resolve("hq.csv")).stream().filter(r -> r.get("status").equals("REVIEW")).count();
    assertThat(Files.readString(dir.resolve("hq.html")))
        .contains(
            "data-run=\"hq this run\" data-segment-status=\"REVIEW\" data-count=\""
                + review
                + "\"");
  }

  private void theCameraHasItsHistoryInTheNightsReports() throws IOException {
    // The second HQ night's own reports give the camera (an endpoint) its history like a device
    // (JSON Lines v2 writes its MAC in ECS notation).
    CSVRecord seen =
        csv(dir.resolve("hq.csv")).stream()
            .filter(r -> r.get("mac").equals(CAMERA))
            .findFirst()
            .get();
    assertThat(seen.get("site")).isEqualTo("hq");
    assertThat(seen.get("first_seen")).isLessThan(seen.get("last_seen"));
    assertThat(
            Files.readAllLines(dir.resolve("hq.jsonl")).stream()
                .filter(
                    l -> l.contains(CAMERA.toUpperCase(java.util.Locale.ROOT).replace(':', '-')))
                .findFirst()
                .get())
        .contains(seen.get("first_seen"))
        .contains(seen.get("last_seen"))
        .contains("\"hq\"");
  }

  private static void theEstateHasTheCameraOfEachSite(List<CSVRecord> rows) {
    // The demo's Hikvision camera answers no SNMP: an endpoint row per site, with its history.
    List<CSVRecord> camera = rows.stream().filter(r -> r.get("mac").equals(CAMERA)).toList();
    assertThat(camera).extracting(r -> r.get("site")).containsExactly("branch", "hq");
    assertThat(camera)
        .allSatisfy(
            r -> {
              assertThat(r.get("row_type")).isEqualTo("endpoint");
              assertThat(r.get("port")).isEqualTo("Gi1/0/14");
              assertThat(r.get("first_seen")).isNotEmpty();
              assertThat(r.get("last_seen")).isGreaterThanOrEqualTo(r.get("first_seen"));
            });
    assertThat(camera.get(1).get("first_seen"))
        .as("hq saw it on its first night")
        .isLessThan(camera.get(1).get("last_seen"));
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (var parser =
        CSVFormat.RFC4180.builder().setHeader().build().parse(Files.newBufferedReader(file))) {
      return parser.getRecords();
    }
  }

  private CliRun demo(String store, Path password, Path log, String site, String... extra) {
    String[] base = {
      "--log-file",
      log.toString(),
      "--log-level",
      "debug",
      "demo",
      "--store",
      store,
      "--store-password-file",
      password.toString(),
      "--site",
      site,
      "-o",
      dir.resolve(site + ".csv").toString()
    };
    return CliRun.of(
        Map.of(), "", Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }
}
