package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.Mibs;
import java.io.Reader;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command end to end: CLI in-process, real UDP, in-process agents on 127.0.42.0/28. */
class ScanCommandTest {
  private static final String NET = "127.0.42.0/28";
  private static SimulatedNetwork network;

  @TempDir Path dir;

  @BeforeAll
  static void startNetwork() throws Exception {
    network =
        SimulatedNetwork.start(
            List.of(
                device(
                    1,
                    "S5720-28X-SI-AC\r\nHuawei Versatile Routing Platform Software\r\nVRP (R) software, Version 5.170",
                    "1.3.6.1.4.1.2011.2.23.421",
                    "core-1"),
                device(
                    2,
                    "ZTE Ethernet Switch ZXR10 5250-52TM, Version: V2.05.11B23",
                    "1.3.6.1.4.1.3902.3.100.21",
                    "sw-2"),
                device(
                    3, "AZTECH DSL5018EN ADSL2+ Modem Router", "1.3.6.1.4.1.8072.3.2.10", "modem"),
                device(
                    4,
                    "Cisco IOS Software, C2960X Software, Version 15.2(7)E4",
                    "1.3.6.1.4.1.9.1.1208",
                    "Huawei"),
                device(
                    5,
                    "=HYPERLINK(\"http://x\",\"y\")",
                    "1.3.6.1.4.1.8072.3.2.10",
                    "+cmd|' /C calc'!A0"),
                device(
                    6,
                    "H3C Comware Platform Software, Software Version 7.1.070",
                    "1.3.6.1.4.1.25506.1.2095",
                    "agg"),
                new SimulatedDevice(
                        ip(7),
                        Mibs.system(
                            "Juniper Networks, Inc. ex4300 kernel JUNOS 20.4R3",
                            "1.3.6.1.4.1.2636.1.1.1.2.63",
                            "private-one"))
                    .withCommunity("s3cret-canary")),
            0);
  }

  @AfterAll
  static void stopNetwork() throws Exception {
    network.close();
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 42, (byte) host});
  }

  private static SimulatedDevice device(int host, String descr, String oid, String name)
      throws Exception {
    return new SimulatedDevice(ip(host), Mibs.system(descr, oid, name));
  }

  private String[] scan(String... extra) {
    String[] base = {
      "scan",
      "-p",
      Integer.toString(network.port()),
      "--timeout",
      "300ms",
      "--retries",
      "1",
      "--rate",
      "2000"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  private static Map<String, CSVRecord> rows(Reader csv) throws Exception {
    Map<String, CSVRecord> byAddress = new HashMap<>();
    for (CSVRecord r :
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(csv)) {
      assertThat(byAddress.put(r.get("address"), r)).as("one row per address").isNull();
    }
    return byAddress;
  }

  @Test
  void auditsTheNetworkAndFlagsRestrictedMakersWithEvidenceAndAdvisories() throws Exception {
    Path report = dir.resolve("r.csv");
    CliRun run = CliRun.of(scan("-o", report.toString(), NET));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String csv = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "address,status,vendor,advisories,confidence,evidence,sys_descr,sys_object_id,"
                + "enterprise_number,sys_name,sys_location,model,firmware,snmp_version,polled_at");
    Map<String, CSVRecord> rows = rows(new StringReader(csv));
    assertThat(rows.keySet())
        .containsExactlyInAnyOrder(
            "127.0.42.1", "127.0.42.2", "127.0.42.3", "127.0.42.4", "127.0.42.5", "127.0.42.6");

    CSVRecord huawei = rows.get("127.0.42.1");
    assertThat(huawei.get("status")).isEqualTo("RESTRICTED");
    assertThat(huawei.get("advisories")).contains("CZ-NUKIB-2018").contains("US-NDAA-889");
    assertThat(huawei.get("evidence")).contains("2011");
    assertThat(huawei.get("enterprise_number")).isEqualTo("2011");
    assertThat(huawei.get("sys_descr"))
        .doesNotContain("\r")
        .doesNotContain("\n")
        .contains("Huawei Versatile");
    assertThat(huawei.get("snmp_version")).isEqualTo("2c");
    assertThat(rows.get("127.0.42.2").get("status")).isEqualTo("RESTRICTED");
    assertThat(rows.get("127.0.42.3").get("status"))
        .as("AZTECH is not ZTE")
        .isNotIn("RESTRICTED", "REVIEW");
    assertThat(rows.get("127.0.42.4").get("status"))
        .as("sysName is never evidence")
        .isEqualTo("COMPLIANT");
    assertThat(rows.get("127.0.42.5").get("sys_descr")).startsWith("'=");
    assertThat(rows.get("127.0.42.5").get("sys_name")).startsWith("'+");
    assertThat(rows.get("127.0.42.6").get("status")).isEqualTo("REVIEW");
    assertThat(run.err())
        .contains("16 targets")
        .contains("RESTRICTED 2")
        .contains("NO_RESPONSE 10");
  }

  @Test
  void atSystemDepthTheBuiltInDataReadWhileSweepingJudgesAsEver() throws Exception {
    // Only built-in data: the sweep starts before it is read, the first answers wait for it.
    Path report = dir.resolve("system.csv");
    CliRun run = CliRun.of(scan("-o", report.toString(), "--depth", "system", NET));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    Map<String, CSVRecord> rows =
        rows(new StringReader(Files.readString(report, StandardCharsets.UTF_8)));
    assertThat(rows).hasSize(6);
    assertThat(rows.get("127.0.42.1").get("status")).isEqualTo("RESTRICTED");
    assertThat(rows.get("127.0.42.1").get("advisories")).contains("CZ-NUKIB-2018");
    assertThat(rows.get("127.0.42.3").get("status")).isNotIn("RESTRICTED", "REVIEW");
    assertThat(run.err()).contains("RESTRICTED 2").contains("NO_RESPONSE 10");
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertThat(
            CliRun.of(scan("-o", dir.resolve("a.csv").toString(), "--fail-on", "never", NET))
                .exitCode())
        .isZero();
    assertThat(
            CliRun.of(
                    scan(
                        "-o", dir.resolve("b.csv").toString(), "--fail-on", "review", "127.0.42.6"))
                .exitCode())
        .isEqualTo(1);
    assertThat(CliRun.of(scan("-o", dir.resolve("c.csv").toString(), "127.0.42.6")).exitCode())
        .isZero();
  }

  @Test
  void communitiesFromTheEnvironmentAreTriedInOrderAndNeverPrinted() throws Exception {
    CliRun run =
        CliRun.of(
            Map.of("NETAUDIT_COMMUNITY", "public,s3cret-canary"),
            "",
            scan("-o", "-", "--fail-on", "never", "127.0.42.7"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord juniper = rows(new StringReader(run.out())).get("127.0.42.7");
    assertThat(juniper.get("status")).isEqualTo("COMPLIANT");
    assertThat(juniper.get("credential")).isEqualTo("NETAUDIT_COMMUNITY#2");
    assertThat(run.out() + run.err()).doesNotContain("s3cret-canary");
  }

  @Test
  void communityFileIsRead() throws Exception {
    Path file = dir.resolve("communities.txt");
    Files.writeString(file, "# tried in order\npublic\n\ns3cret-canary\n");
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    CliRun run = CliRun.of(scan("-o", "-", "--community-file", file.toString(), "127.0.42.7"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(rows(new StringReader(run.out())).get("127.0.42.7").get("credential"))
        .isEqualTo("communities.txt:4");
  }

  @Test
  void allTargetsAddsRowsForSilentAddressesAndCountsAddUp() throws Exception {
    CliRun run = CliRun.of(scan("-o", "-", "--all-targets", NET));
    Map<String, CSVRecord> rows = rows(new StringReader(run.out()));
    assertThat(rows).hasSize(16);
    assertThat(rows.get("127.0.42.9").get("status")).isEqualTo("NO_RESPONSE");
    assertThat(rows.get("127.0.42.7").get("status"))
        .as("wrong community = silent")
        .isEqualTo("NO_RESPONSE");
  }

  @Test
  void badTargetIsAUsageErrorNamingTheText() {
    CliRun run = CliRun.of(scan("-o", dir.resolve("x.csv").toString(), "127.0.42.300"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("127.0.42.300").contains("command line");
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void largeScansNeedAnExplicitFlag() {
    CliRun run = CliRun.of(scan("10.0.0.0/8"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--allow-large-scan");
  }

  @Test
  void listTargetsPrintsTheExpansionAndSendsNothing() {
    CliRun run =
        CliRun.of("scan", "--list-targets", "--exclude", "10.9.0.2", "10.9.0.0/30", "10.9.0.1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).containsExactly("10.9.0.0", "10.9.0.1", "10.9.0.3");
  }

  @Test
  void targetsFromStdinWithComments() throws Exception {
    CliRun run =
        CliRun.of(
            Map.of(),
            "# core\n127.0.42.1\n\n127.0.42.2 # zte\n",
            scan("-o", "-", "--fail-on", "never", "-iL", "-"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(rows(new StringReader(run.out())).keySet())
        .containsExactlyInAnyOrder("127.0.42.1", "127.0.42.2");
  }

  @Test
  void brokenPolicyFileIsAUsageErrorWithFileAndLine() throws Exception {
    Path policy = dir.resolve("policy");
    Files.createDirectories(policy);
    Files.writeString(
        policy.resolve("advisories.csv"),
        "id,issuer,jurisdiction,date,title,url\nX-1,Someone,CZ,2018-13-45,Bad date,https://example.org\n");
    Files.writeString(
        policy.resolve("restricted-vendors.csv"), "vendor_id,status,scope,advisories,notes\n");
    CliRun run = CliRun.of(scan("--policy-dir", policy.toString(), "127.0.42.1"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("advisories.csv:2");
  }

  @Test
  void unwritableReportExitsThree() {
    CliRun run = CliRun.of(scan("-o", dir.resolve("no/such/dir/r.csv").toString(), "127.0.42.1"));
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("cannot write report");
  }

  @Test
  void jurisdictionNarrowsThePolicy() throws Exception {
    CliRun run = CliRun.of(scan("-o", "-", "--jurisdiction", "CZ", "127.0.42.1"));
    CSVRecord huawei = rows(new StringReader(run.out())).get("127.0.42.1");
    assertThat(huawei.get("advisories")).isEqualTo("CZ-NUKIB-2018");
  }

  @Test
  void communitiesAreNeverOptionValues() {
    CliRun run = CliRun.of(scan("--community", "public", "127.0.42.1"));
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
