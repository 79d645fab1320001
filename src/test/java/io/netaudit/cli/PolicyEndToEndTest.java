package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.agent.Snmprec;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy of issue 12 end to end: small recordings written from the research notes' facts
 * (affiliates-oem-deadlines.md: real enterprise numbers, IEEE blocks, model prefixes) are replayed
 * by in-process agents on 127.0.120.0/28 and scanned by the CLI over real UDP. One test per class
 * of case: a subsidiary, a subsidiary through a chain, a former affiliate, an OEM brand with and
 * without a producer signal, a free-text banner, two makers named in one text, waivers active,
 * expired and stale, a broken waivers file, and deadlines overdue and due.
 */
class PolicyEndToEndTest {
  private static final Path RECORDINGS = Path.of("src/test/resources/snmprec");
  private static final String[] FILES = {
    "policy/sepura-tetra-gateway.snmprec", // .1
    "policy/teltronic-base-station.snmprec", // .2
    "policy/huawei-symantec-storage.snmprec", // .3
    "policy/xfusion-server.snmprec", // .4
    "policy/lorex-recorder.snmprec", // .5
    "policy/amcrest-camera-dahua.snmprec", // .6
    "policy/amcrest-camera-alone.snmprec", // .7
    "policy/debian-nms-banner.snmprec", // .8
    "policy/debian-uname-banner.snmprec", // .9
    "policy/two-makers-named.snmprec", // .10
    "policy/huawei-two-makers.snmprec", // .11
    "huawei-switch-hex.snmprec", // .12
    "cisco-multiline.snmprec" // .13
  };
  private static SimulatedNetwork network;

  @TempDir Path dir;

  @BeforeAll
  static void startNetwork() throws Exception {
    List<SimulatedDevice> devices = new ArrayList<>();
    for (int i = 0; i < FILES.length; i++) {
      devices.add(new SimulatedDevice(ip(i + 1), Snmprec.load(RECORDINGS.resolve(FILES[i]))));
    }
    network = SimulatedNetwork.start(devices, 0);
  }

  @AfterAll
  static void stopNetwork() throws Exception {
    network.close();
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 120, (byte) host});
  }

  private static String addr(int host) {
    return "127.0.120." + host;
  }

  /**
   * Scans with the report in a file of this test's temp dir (so the run lock is taken there, not
   * machine-wide as for stdout) and returns the run with the report as its output.
   */
  private CliRun scan(String... args) throws Exception {
    Path report = Files.createTempFile(dir, "report", ".csv");
    List<String> all = new ArrayList<>(List.of("-o", report.toString()));
    all.addAll(List.of(args));
    CliRun run = scanTo(all.toArray(new String[0]));
    String csv = Files.exists(report) ? Files.readString(report) : "";
    return new CliRun(run.exitCode(), csv, run.err());
  }

  /** Scans with the arguments as given (they say where the report goes). */
  private static CliRun scanTo(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(network.port()),
                "--timeout",
                "300ms",
                "--retries",
                "1"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  private static Map<String, CSVRecord> rows(CliRun run) throws Exception {
    Map<String, CSVRecord> byAddress = new HashMap<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(run.out()))) {
      if (r.get("row_type").equals("device")) {
        byAddress.put(r.get("address"), r);
      }
    }
    return byAddress;
  }

  private CSVRecord one(int host) throws Exception {
    CliRun run = scan("--fail-on", "never", addr(host));
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord row = rows(run).get(addr(host));
    assertThat(row).as(run.out()).isNotNull();
    return row;
  }

  private static String verdict(CSVRecord row) {
    String evidence = row.get("evidence");
    return evidence.substring(evidence.lastIndexOf("verdict: "));
  }

  @Test
  void aHyteraSubsidiaryOnItsOwnEnterpriseNumberIsRestrictedAndSaysWhy() throws Exception {
    CSVRecord sepura = one(1);

    assertThat(sepura.get("status")).isEqualTo("RESTRICTED");
    assertThat(sepura.get("vendor")).isEqualTo("Sepura");
    assertThat(sepura.get("advisories")).contains("US-NDAA-889").doesNotContain("CZ-NUKIB-2018");
    assertThat(verdict(sepura))
        .contains("Sepura plc — Hytera Communications subsidiary (100 %) since 2017-05-25")
        .contains("US-NDAA-889, US-FCC-CL-2021, US-FCC-22-84 cover subsidiaries and affiliates")
        .contains("Purpose-scoped");
    assertThat(sepura.get("deadline")).isEqualTo("2020-08-13");
    assertThat(sepura.get("deadline_advisory")).isEqualTo("US-NDAA-889");
  }

  @Test
  void aSubsidiaryOfASubsidiaryInheritsThroughTheChainFromTheLaterDate() throws Exception {
    CSVRecord teltronic = one(2);

    assertThat(teltronic.get("status")).isEqualTo("RESTRICTED");
    assertThat(verdict(teltronic))
        .contains("Teltronic S.A.U. (PowerTrunk in the US) — Hytera Communications subsidiary")
        .contains("through Sepura since 2017-05-25");
  }

  @Test
  void huaweiSymantecIsAHuaweiSubsidiaryUnderEveryAdvisoryThatReachesSubsidiaries()
      throws Exception {
    CSVRecord storage = one(3);

    assertThat(storage.get("status")).isEqualTo("RESTRICTED");
    assertThat(storage.get("advisories").split(" "))
        .contains("US-NDAA-889", "CZ-NUKIB-2018")
        .doesNotContain("UK-DVD-2022", "DE-BMI-2024");
    assertThat(verdict(storage)).contains("CZ-NUKIB-2018 covers subsidiaries");
  }

  @Test
  void underAnAdvisoryThatNamesHuaweiOnlyTheSubsidiaryIsReviewNotRestricted() throws Exception {
    CliRun run = scan("--fail-on", "never", "--jurisdiction", "DE", addr(3));
    CSVRecord storage = rows(run).get(addr(3));

    assertThat(storage.get("status")).isEqualTo("REVIEW");
    assertThat(verdict(storage)).contains("no advisory in force reaches a subsidiary");
  }

  @Test
  void aFormerAffiliateIsReviewWithTheWindowStated() throws Exception {
    CSVRecord xfusion = one(4);

    assertThat(xfusion.get("status")).isEqualTo("REVIEW");
    assertThat(xfusion.get("advisories")).isEmpty();
    assertThat(xfusion.get("deadline")).isEmpty();
    assertThat(verdict(xfusion))
        .contains("former Huawei Technologies subsidiary")
        .contains("until 2021-11-05")
        .contains("equipment made while tied may be covered");
  }

  @Test
  void anOemBrandAloneIsReviewAndFormerOwnershipIsStated() throws Exception {
    CSVRecord lorex = one(5);
    CSVRecord amcrest = one(7);

    assertThat(lorex.get("status")).isEqualTo("REVIEW");
    assertThat(lorex.get("vendor")).isEqualTo("Lorex Technology");
    assertThat(verdict(lorex))
        .contains("from 2018-02-06 to 2022-11-24")
        .contains("no Zhejiang Dahua Technology signal on this device");
    assertThat(amcrest.get("status")).isEqualTo("REVIEW");
    assertThat(verdict(amcrest))
        .contains("as an OEM brand of Zhejiang Dahua Technology")
        .contains("no Zhejiang Dahua Technology signal");
  }

  @Test
  void anOemBrandShowingItsProducerFollowsTheProducer() throws Exception {
    CSVRecord amcrest = one(6);

    assertThat(amcrest.get("status")).isEqualTo("RESTRICTED");
    assertThat(amcrest.get("vendor")).isEqualTo("Amcrest Technologies");
    assertThat(amcrest.get("advisories").split(" "))
        .containsExactly("US-NDAA-889", "US-FCC-CL-2021", "US-FCC-22-84");
    assertThat(verdict(amcrest))
        .contains("produced by Zhejiang Dahua Technology, sold as Amcrest Technologies")
        .contains("whatever the label");
  }

  @Test
  void aMakerWordInAnAdminsBannerIsWeakAndNeverRestricts() throws Exception {
    CSVRecord nms = one(8);
    CSVRecord uname = one(9);

    assertThat(nms.get("status")).isEqualTo("REVIEW");
    assertThat(nms.get("vendor")).isEmpty();
    assertThat(nms.get("evidence"))
        .contains("weak: free text: enterprise 8072 takes its sysDescr from the admin's")
        .contains("only weak evidence names Huawei Technologies");
    assertThat(uname.get("status")).isEqualTo("REVIEW");
    assertThat(uname.get("evidence")).contains("free text of a generic OS banner");
  }

  @Test
  void twoRestrictedMakersInOneTextConflictInsteadOfConfirming() throws Exception {
    CSVRecord bench = one(10);
    CSVRecord huawei = one(11);

    assertThat(bench.get("status")).isEqualTo("REVIEW");
    assertThat(bench.get("vendor")).isEmpty();
    assertThat(bench.get("evidence"))
        .contains(
            "conflict: sysDescr names 2 watched makers (Huawei Technologies, ZTE Corporation)");
    // Huawei's own enterprise number still decides; the text's second maker is a conflict.
    assertThat(huawei.get("status")).isEqualTo("RESTRICTED");
    assertThat(huawei.get("vendor")).isEqualTo("Huawei Technologies");
    assertThat(huawei.get("confidence")).isEqualTo("low");
    assertThat(huawei.get("evidence")).contains("conflict: sysDescr names 2 watched makers");
  }

  @Test
  void anActiveWaiverKeepsTheStatusButTheFindingNoLongerFails() throws Exception {
    Path waivers =
        waivers(
            "W-1",
            "address: 127.0.120.12",
            "2099-12-31",
            "W-9",
            "serial: NO-SUCH-SERIAL",
            "2099-12-31");

    CliRun run = scan("--waivers", waivers.toString(), addr(12), addr(13));

    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord huawei = rows(run).get(addr(12));
    assertThat(huawei.get("status")).isEqualTo("RESTRICTED");
    assertThat(huawei.get("waiver")).isEqualTo("W-1");
    assertThat(huawei.get("waiver_expires")).isEqualTo("2099-12-31");
    assertThat(huawei.get("waiver_state")).isEqualTo("active");
    assertThat(huawei.get("evidence")).contains("waiver: W-1 (active until 2099-12-31");
    assertThat(run.err())
        .contains("waivers: 1 active, covering 1 findings (RESTRICTED 1  REVIEW 0)")
        .contains("stale waivers (matched nothing): W-9 (" + waivers + ":");
  }

  @Test
  void anExpiredWaiverCountsAgainAndWarns() throws Exception {
    Path waivers = waivers("W-2", "vendor: huawei", "2024-12-31", null, null, null);

    CliRun run = scan("--waivers", waivers.toString(), "--as-of", "2025-01-01", addr(12));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    CSVRecord huawei = rows(run).get(addr(12));
    assertThat(huawei.get("waiver")).isEqualTo("W-2");
    assertThat(huawei.get("waiver_state")).isEqualTo("expired");
    assertThat(run.err())
        .contains("warning: waiver W-2 expired 2024-12-31 (1 finding): counts again");
  }

  @Test
  void aBrokenWaiversFileStopsTheRunBeforeAnythingIsSent() throws Exception {
    Path bad = dir.resolve("waivers.yaml");
    Files.writeString(
        bad,
        "waivers:\n"
            + "  - id: W-3\n"
            + "    match: {address: 127.0.120.13}\n"
            + "    reason: lab\n"
            + "    approved_by: me\n"
            + "    ticket: T-1\n"
            + "    expires: next year\n");
    int before = network.requestsSeen(ip(13));

    CliRun run = scan("--waivers", bad.toString(), addr(13));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":7: bad expires 'next year' for W-3, expected yyyy-mm-dd");
    assertThat(network.requestsSeen(ip(13))).isEqualTo(before);
  }

  @Test
  void aDeadlineThatHasPassedIsOverdueInTheSummaryAndThePage() throws Exception {
    Path base = dir.resolve("audit.csv");
    CliRun run =
        scanTo(
            "--jurisdiction",
            "DE",
            "--as-of",
            "2027-01-01",
            "--fail-on",
            "never",
            "--format",
            "csv,html",
            "-o",
            base.toString(),
            addr(12));
    CliRun before =
        scan("--jurisdiction", "DE", "--as-of", "2026-06-01", "--fail-on", "never", addr(12));

    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(base);
    assertThat(csv).contains(",2026-12-31,DE-BMI-2024,");
    assertThat(run.err()).contains("deadlines as of 2027-01-01: 1 overdue, 0 due within a year");
    String html = Files.readString(dir.resolve("audit.html"));
    assertThat(html)
        .contains("data-overdue=\"true\"")
        .contains("2026-12-31 DE-BMI-2024 (overdue)")
        .contains("<dd data-count-deadline=\"overdue\">1</dd>");
    assertThat(before.err()).contains("deadlines as of 2026-06-01: 0 overdue, 1 due within a year");
  }

  /** A waivers file with one or two waivers (the second when id2 is given). */
  private Path waivers(
      String id1, String match1, String expires1, String id2, String match2, String expires2)
      throws Exception {
    StringBuilder y = new StringBuilder("# approved exceptions\nwaivers:\n");
    entry(y, id1, match1, expires1);
    if (id2 != null) {
      entry(y, id2, match2, expires2);
    }
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, y.toString());
    return file;
  }

  private static void entry(StringBuilder y, String id, String match, String expires) {
    y.append("  - id: ")
        .append(id)
        .append("\n    match:\n      ")
        .append(match)
        .append("\n    reason: core switch, replaced in the 2026 refresh\n")
        .append("    approved_by: CISO\n    ticket: CHG-4711\n    expires: ")
        .append(expires)
        .append('\n');
  }
}
