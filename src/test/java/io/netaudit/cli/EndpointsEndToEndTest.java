package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.MibBuilder;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.JsonSchemas;
import java.io.StringReader;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Endpoints end to end: real agents on 127.0.111.0/29 serve a small network's forwarding and ARP
 * tables, the CLI scans them over UDP, and the report holds one row per MAC they know.
 *
 * <ul>
 *   <li>127.0.111.1, an access switch (Q-BRIDGE-MIB): a Hikvision camera on Gi1/0/3 in VLAN 10, an
 *       H3C device on Gi1/0/4, a phone with a randomised (locally administered) MAC on Gi1/0/5, a
 *       multicast group, its own MAC (self), and the router behind its uplink Gi1/0/8 (an LLDP
 *       router neighbour);
 *   <li>127.0.111.2, the router: ARP entries for the camera (10.0.10.50) and for the switch's own
 *       address, and its own interface MAC;
 *   <li>127.0.111.3, a distribution switch that sees the camera too, on a trunk carrying 20 MACs.
 * </ul>
 */
class EndpointsEndToEndTest {
  static final byte[] CAMERA = mac("44:19:b6:01:02:03");
  static final byte[] H3C = mac("00:0f:e2:aa:bb:cc");
  static final byte[] PHONE_RANDOM = mac("02:11:22:33:44:55");
  static final byte[] MULTICAST = mac("01:00:5e:00:00:fb");
  static final byte[] SWITCH_OWN = mac("00:1b:54:00:00:01");
  static final byte[] ROUTER_OWN = mac("00:1b:54:00:00:02");

  private static SimulatedNetwork network;

  @BeforeAll
  static void start() throws Exception {
    MibBuilder access =
        new MibBuilder()
            .system(
                "Aruba JL256A 2930F-48G-PoE+-4SFP+ Switch",
                "1.3.6.1.4.1.11.2.3.7.11.181",
                "access-1");
    for (int i = 1; i <= 8; i++) {
      access.iface(i, "Gi1/0/" + i, null).bridgePort(i, i);
    }
    access
        .vlanFdb(10, 10)
        .qFdb(10, CAMERA, 3, 3)
        .qFdb(10, H3C, 4, 3)
        .qFdb(10, PHONE_RANDOM, 5, 3)
        .qFdb(10, MULTICAST, 6, 3)
        .qFdb(10, SWITCH_OWN, 0, 4)
        .qFdb(10, ROUTER_OWN, 8, 3)
        .lldpNeighbour(8, "core-rtr", "Cisco IOS XE Software", 0x28);
    MibBuilder router =
        new MibBuilder()
            .system("Cisco IOS Software, ISR4331", "1.3.6.1.4.1.9.1.1861", "core-rtr")
            .iface(1, "Gi0/0/0", ROUTER_OWN)
            .arp(1, new byte[] {10, 0, 10, 50}, CAMERA)
            .arp(1, new byte[] {127, 0, 111, 1}, SWITCH_OWN);
    MibBuilder dist =
        new MibBuilder()
            .system("Aruba JL256A 2930F Switch", "1.3.6.1.4.1.11.2.3.7.11.181", "dist-1")
            .iface(1, "1/1/1", null)
            .bridgePort(1, 1)
            .qFdb(10, CAMERA, 1, 3);
    for (int i = 0; i < 20; i++) {
      dist.qFdb(10, new byte[] {0, 0x1b, 0x54, 1, 0, (byte) i}, 1, 3);
    }
    network =
        SimulatedNetwork.start(
            List.of(
                new SimulatedDevice(ip(1), access.build()),
                new SimulatedDevice(ip(2), router.build()),
                new SimulatedDevice(ip(3), dist.build())),
            0);
  }

  @AfterAll
  static void stop() throws Exception {
    network.close();
  }

  @Test
  void everyMacIsInOneRowAndTheCameraIsLocatedToItsPort() throws Exception {
    CliRun run = scan("--fail-on", "never");
    List<CSVRecord> rows = parse(run.out());
    Map<String, List<CSVRecord>> byMac = byMac(rows);
    assertThat(byMac.values()).allSatisfy(list -> assertThat(list).hasSize(1));

    CSVRecord camera = byMac.get("44:19:b6:01:02:03").get(0);
    assertThat(camera.get("row_type")).isEqualTo("endpoint");
    assertThat(camera.get("status")).isEqualTo("REVIEW");
    assertThat(camera.get("vendor")).containsIgnoringCase("hikvision");
    assertThat(camera.get("seen_by")).isEqualTo("127.0.111.1");
    assertThat(camera.get("port")).isEqualTo("Gi1/0/3");
    assertThat(camera.get("vlan")).isEqualTo("10");
    assertThat(camera.get("address")).isEqualTo("10.0.10.50");
    assertThat(camera.get("evidence"))
        .contains("MAC OUI 44:19:b6 = Hangzhou Hikvision Digital Technology Co.,Ltd. (IEEE MA-L)")
        .contains(
            "verdict: MAC OUI 44:19:b6 = Hangzhou Hikvision Digital Technology Co.,Ltd. (IEEE MA-L); no other signal")
        .contains("127.0.111.3 port 1/1/1")
        .contains("127.0.111.2 interface Gi0/0/0");

    CSVRecord h3c = byMac.get("00:0f:e2:aa:bb:cc").get(0);
    assertThat(h3c.get("status")).isEqualTo("REVIEW");
    assertThat(h3c.get("port")).isEqualTo("Gi1/0/4");

    CSVRecord phone = byMac.get("02:11:22:33:44:55").get(0);
    assertThat(phone.get("status")).isEqualTo("UNIDENTIFIED");
    assertThat(phone.get("vendor")).isEmpty();
    assertThat(phone.get("detail")).isEqualTo("locally administered address: no registry owner");

    assertThat(byMac).doesNotContainKey("01:00:5e:00:00:fb");
    CSVRecord accessRow = byMac.get("00:1b:54:00:00:01").get(0);
    assertThat(accessRow.get("row_type")).isEqualTo("device");
    assertThat(accessRow.get("address")).isEqualTo("127.0.111.1");
    assertThat(accessRow.get("detail")).contains("1 multicast/broadcast");
    CSVRecord routerRow = byMac.get("00:1b:54:00:00:02").get(0);
    assertThat(routerRow.get("row_type")).isEqualTo("device");
    assertThat(routerRow.get("address")).isEqualTo("127.0.111.2");

    assertThat(run.err()).contains("endpoints: 23 MACs - RESTRICTED 0  REVIEW 2");
  }

  @Test
  void jsonLinesAndThePageCarryTheEndpoints(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path base = dir.resolve("audit.csv");
    CliRun run =
        scan("--fail-on", "never", "--format", "csv,jsonl,jsonl1,html", "-o", base.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    // JSON Lines v2 (typed, ECS names): the MAC in host.mac, its IPs in host.ip, valid by the
    // schema
    com.fasterxml.jackson.databind.JsonNode camera = null;
    for (String line : java.nio.file.Files.readAllLines(dir.resolve("audit.jsonl"))) {
      assertThat(JsonSchemas.reportLineProblems(line)).as(line).isEmpty();
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
      if (n.at("/host/mac").toString().contains("\"44-19-B6-01-02-03\"")) {
        camera = n;
      }
    }
    assertThat(camera).isNotNull();
    assertThat(camera.at("/netaudit/row_type").asText()).isEqualTo("endpoint");
    assertThat(camera.at("/netaudit/port").asText()).isEqualTo("Gi1/0/3");
    assertThat(camera.at("/host/ip/0").asText()).isEqualTo("10.0.10.50");
    // JSON Lines v1: the CSV's columns as strings
    com.fasterxml.jackson.databind.JsonNode v1 = null;
    for (String line : java.nio.file.Files.readAllLines(dir.resolve("audit.v1.jsonl"))) {
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
      if (n.get("mac").asText().equals("44:19:b6:01:02:03")) {
        v1 = n;
      }
    }
    assertThat(v1).isNotNull();
    assertThat(v1.get("row_type").asText()).isEqualTo("endpoint");
    assertThat(v1.get("port").asText()).isEqualTo("Gi1/0/3");
    assertThat(v1.get("address").asText()).isEqualTo("10.0.10.50");

    String html = java.nio.file.Files.readString(dir.resolve("audit.html"));
    assertThat(html).contains("<section id=\"endpoints\">");
    assertThat(html).contains("<tr data-endpoint-maker=\"Hangzhou Hikvision Digital Technology\">");
    int row =
        html.indexOf("<tr data-endpoint-status=\"REVIEW\"><td class=\"addr\">44:19:b6:01:02:03");
    assertThat(row).isPositive();
    assertThat(html.substring(row, html.indexOf("</tr>", row)))
        .contains("<td class=\"addr\">127.0.111.1</td><td>Gi1/0/3</td><td>10</td>");
  }

  @Test
  void theBomListsEveryEndpointAsHardwareWhereItSits(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path base = dir.resolve("audit.csv");
    CliRun run = scan("--fail-on", "never", "--format", "csv,cyclonedx", "-o", base.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = java.nio.file.Files.readString(dir.resolve("audit.cdx.json"));
    assertThat(JsonSchemas.cycloneDx16Problems(text)).isEmpty();
    com.fasterxml.jackson.databind.JsonNode bom =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);

    Map<String, com.fasterxml.jackson.databind.JsonNode> byRef = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode c : bom.get("components")) {
      assertThat(byRef.put(c.get("bom-ref").asText(), c)).as("unique bom-ref").isNull();
    }
    // every endpoint row of the CSV is one component of the BOM
    List<String> endpointMacs =
        parse(java.nio.file.Files.readString(base)).stream()
            .filter(r -> r.get("row_type").equals("endpoint"))
            .map(r -> r.get("mac"))
            .toList();
    assertThat(endpointMacs).hasSize(23);
    assertThat(byRef.keySet())
        .containsAll(endpointMacs.stream().map(m -> "endpoint:" + m).toList());

    com.fasterxml.jackson.databind.JsonNode camera = byRef.get("endpoint:44:19:b6:01:02:03");
    assertThat(camera.get("type").asText()).isEqualTo("device");
    assertThat(camera.at("/manufacturer/name").asText()).containsIgnoringCase("hikvision");
    Map<String, String> props = new java.util.HashMap<>();
    camera
        .get("properties")
        .forEach(p -> props.put(p.get("name").asText(), p.get("value").asText()));
    assertThat(props)
        .containsEntry("netaudit:status", "REVIEW")
        .containsEntry("netaudit:mac", "44:19:b6:01:02:03")
        .containsEntry("netaudit:port", "Gi1/0/3")
        .containsEntry("netaudit:vlan", "10")
        .containsEntry("netaudit:seen_by", "127.0.111.1")
        .containsEntry("netaudit:address", "10.0.10.50");
    assertThat(props.get("netaudit:evidence")).isNotEmpty();
    assertThat(text).contains("\"netaudit:endpoints\",\"value\":\"23\"");
  }

  @Test
  void endpointFindingsCountForFailOn() throws Exception {
    assertThat(scan("--fail-on", "review").exitCode()).isEqualTo(1);
    assertThat(scan("--fail-on", "restricted").exitCode()).isZero();
  }

  @Test
  void aWaiverNamingAnEndpointsMacCoversItAndNoLongerFailsTheRun(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path waivers =
        waivers(
            dir,
            "W-CAM",
            "mac: 44-19-B6-01-02-03",
            "2099-12-31",
            "W-ADDR",
            "address: 10.0.10.0/24",
            "2099-12-31");
    CliRun run = scan("--fail-on", "review", "--waivers", waivers.toString());
    Map<String, List<CSVRecord>> byMac = byMac(parse(run.out()));

    CSVRecord camera = byMac.get("44:19:b6:01:02:03").get(0);
    assertThat(camera.get("status")).isEqualTo("REVIEW");
    assertThat(camera.get("waiver")).isEqualTo("W-CAM");
    assertThat(camera.get("waiver_expires")).isEqualTo("2099-12-31");
    assertThat(camera.get("waiver_state")).isEqualTo("active");
    assertThat(camera.get("evidence"))
        .contains("waiver: W-CAM (active until 2099-12-31: not counted by --fail-on)")
        .contains("ticket CHG-4711");
    // the H3C endpoint has no IP: no address waiver can match it, so it still counts
    CSVRecord h3c = byMac.get("00:0f:e2:aa:bb:cc").get(0);
    assertThat(h3c.get("waiver")).isEmpty();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("waivers: 1 active, covering 1 findings (RESTRICTED 0  REVIEW 1)")
        // the camera's ARP address is in W-ADDR's block too, but the first waiver in the file that
        // matches is the one applied: W-ADDR matched nothing and is stale
        .contains("stale waivers (matched nothing): W-ADDR (" + waivers + ":");
  }

  @Test
  void waiversByAddressAndVendorCoverEndpointsAndTheRunPasses(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path waivers =
        waivers(
            dir,
            "W-ARP",
            "address: 10.0.10.0/24",
            "2099-12-31",
            "W-H3C",
            "vendor: h3c",
            "2099-12-31");
    CliRun run = scan("--fail-on", "review", "--waivers", waivers.toString());
    Map<String, List<CSVRecord>> byMac = byMac(parse(run.out()));
    assertThat(byMac.get("44:19:b6:01:02:03").get(0).get("waiver")).isEqualTo("W-ARP");
    assertThat(byMac.get("00:0f:e2:aa:bb:cc").get(0).get("waiver")).isEqualTo("W-H3C");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("waivers: 2 active, covering 2 findings (RESTRICTED 0  REVIEW 2)")
        .doesNotContain("stale waivers");
  }

  @Test
  void anExpiredWaiverOnAnEndpointCountsAgainAndWarns(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path waivers =
        waivers(dir, "W-OLD", "mac: 4419.b601.0203", "2024-12-31", null, null, null);
    CliRun run =
        scan("--fail-on", "review", "--waivers", waivers.toString(), "--as-of", "2025-01-01");
    CSVRecord camera = byMac(parse(run.out())).get("44:19:b6:01:02:03").get(0);
    assertThat(camera.get("waiver")).isEqualTo("W-OLD");
    assertThat(camera.get("waiver_state")).isEqualTo("expired");
    assertThat(camera.get("evidence")).contains("EXPIRED on 2024-12-31: counts again");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("waiver W-OLD expired 2024-12-31 (1 finding): counts again");
  }

  /** A waivers file with one or two waivers (the second when id2 is given). */
  static java.nio.file.Path waivers(
      java.nio.file.Path dir,
      String id1,
      String match1,
      String expires1,
      String id2,
      String match2,
      String expires2)
      throws Exception {
    StringBuilder y = new StringBuilder("# approved exceptions\nwaivers:\n");
    for (String[] w :
        id2 == null
            ? List.<String[]>of(new String[] {id1, match1, expires1})
            : List.<String[]>of(
                new String[] {id1, match1, expires1}, new String[] {id2, match2, expires2})) {
      y.append("  - id: ")
          .append(w[0])
          .append("\n    match:\n      ")
          .append(w[1])
          .append("\n    reason: camera on the lobby door, replaced in Q3\n")
          .append("    approved_by: CISO\n    ticket: CHG-4711\n    expires: ")
          .append(w[2])
          .append('\n');
    }
    java.nio.file.Path file = dir.resolve("waivers.yaml");
    java.nio.file.Files.writeString(file, y.toString());
    return file;
  }

  @Test
  void noEndpointsReadsNoForwardingTables() throws Exception {
    CliRun run = scan("--fail-on", "never", "--no-endpoints");
    List<CSVRecord> rows = parse(run.out());
    assertThat(rows).extracting(r -> r.get("row_type")).doesNotContain("endpoint");
    assertThat(rows).extracting(r -> r.get("mac")).containsOnly("");
    assertThat(run.err()).doesNotContain("endpoints:");
  }

  static CliRun scan(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(network.port()),
                "--timeout",
                "2s",
                "--retries",
                "2",
                "127.0.111.1-3"));
    if (!List.of(more).contains("-o")) {
      args.addAll(List.of("-o", "-"));
    }
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(csv))
        .getRecords();
  }

  /** Every MAC of every row's mac cell -> the rows holding it. */
  static Map<String, List<CSVRecord>> byMac(List<CSVRecord> rows) {
    return rows.stream()
        .flatMap(
            r ->
                List.of(r.get("mac").split(" ")).stream()
                    .filter(m -> !m.isEmpty())
                    .map(m -> Map.entry(m, r)))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 111, (byte) host});
  }

  static byte[] mac(String text) {
    String[] parts = text.split(":");
    byte[] b = new byte[6];
    for (int i = 0; i < 6; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }
}
