package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.Mibs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans into the history store, in-process against simulated agents on loopback: the default store
 * of --output-dir, the history columns, remediation over runs, the spool when the store cannot be
 * reached, and a store made by a newer netaudit.
 */
class StoreScanTest {
  private static final String HUAWEI =
      "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170";

  @TempDir Path dir;

  private static SimulatedNetwork network(String net, int... hosts) throws Exception {
    List<SimulatedDevice> devices = new java.util.ArrayList<>();
    String[] o = net.split("\\.");
    for (int h : hosts) {
      devices.add(
          new SimulatedDevice(
              InetAddress.getByAddress(
                  new byte[] {
                    127, (byte) Integer.parseInt(o[1]), (byte) Integer.parseInt(o[2]), (byte) h
                  }),
              Mibs.system(HUAWEI, "1.3.6.1.4.1.2011.2.23.421", "sw-" + h)));
    }
    return SimulatedNetwork.start(devices, 0);
  }

  private static String[] scan(int port, String... extra) {
    String[] base = {
      "scan",
      "-p",
      Integer.toString(port),
      "--timeout",
      "200ms",
      "--retries",
      "0",
      "--depth",
      "system",
      "--progress",
      "never",
      "--site",
      "lab"
    };
    return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .build()
            .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }

  @Test
  void outputDirKeepsHistoryInItsOwnStoreAndTheReportsShowIt() throws Exception {
    try (SimulatedNetwork net = network("127.0.71.0", 1, 2)) {
      CliRun first = CliRun.of(scan(net.port(), "--output-dir", dir.toString(), "127.0.71.0/29"));
      assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
      assertThat(dir.resolve("netaudit.db")).isRegularFile();
      assertThat(first.err())
          .contains(
              "store: sqlite:" + dir.resolve("netaudit.db") + ", site lab: run stored (2 rows;")
          .contains("appeared 2");
      Thread.sleep(1100); // report sets are named by the second
      CliRun second =
          CliRun.of(
              scan(
                  net.port(),
                  "--output-dir",
                  dir.toString(),
                  "--format",
                  "csv,html",
                  "127.0.71.0/29"));
      assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
      assertThat(second.err()).contains("appeared 0 status changed 0");

      List<CSVRecord> rows = csv(dir.resolve("latest.csv"));
      assertThat(rows).hasSize(2);
      CSVRecord r = rows.get(0);
      assertThat(r.get("site")).isEqualTo("lab");
      assertThat(r.get("first_seen")).isNotEmpty();
      assertThat(r.get("last_seen")).isNotEmpty();
      assertThat(r.get("first_seen")).isLessThan(r.get("last_seen"));
      assertThat(Files.readString(dir.resolve("latest.csv"))).contains(",lab,");
      String html = Files.readString(dir.resolve("latest.html"));
      assertThat(html)
          .contains("Trend, site lab: rows per status, run by run (UTC)")
          .contains("data-run=\"lab this run\" data-segment-status=\"RESTRICTED\" data-count=\"2\"")
          .contains("<th>Site</th><th>First seen</th>");
      assertThat(html.split("<g class=\"bar\" data-run=", -1)).as("two runs").hasSize(3);
    }
  }

  @Test
  void aDeviceGoneForThreeRunsThatCoveredItIsRemediated() throws Exception {
    String store = "sqlite:" + dir.resolve("h.db");
    int port;
    try (SimulatedNetwork net = network("127.0.72.0", 1, 2)) {
      port = net.port();
      CliRun run =
          CliRun.of(
              scan(port, "--store", store, "-o", dir.resolve("r.csv").toString(), "127.0.72.1-2"));
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    }
    try (SimulatedNetwork net = network("127.0.72.0", 2)) {
      for (int i = 0; i < 3; i++) {
        // Only .2 is a target of the second run: .1 is not missed by it.
        String targets = i == 0 ? "127.0.72.2" : "127.0.72.1-2";
        CliRun run =
            CliRun.of(
                scan(net.port(), "--store", store, "-o", dir.resolve("r.csv").toString(), targets));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      }
      CliRun history = CliRun.of("history", "--store", store, "--format", "csv", "127.0.72.1");
      assertThat(history.exitCode()).as(history.err()).isZero();
      assertThat(history.out().lines().skip(1).map(l -> l.split(",")[2]))
          .containsExactly("appeared");
      CliRun last =
          CliRun.of(
              scan(
                  net.port(),
                  "--store",
                  store,
                  "-o",
                  dir.resolve("r.csv").toString(),
                  "127.0.72.1-2"));
      assertThat(last.err()).contains("remediated 1");
      CliRun after = CliRun.of("history", "--store", store, "--format", "csv", "127.0.72.1");
      assertThat(after.out().lines().skip(1).map(l -> l.split(",")[2]))
          .containsExactly("appeared", "remediated");
      CliRun text = CliRun.of("history", "--store", store, "127.0.72.1");
      assertThat(text.out()).containsPattern("lab +remediated +127\\.0\\.72\\.1 +device");
    }
  }

  @Test
  void anUnreachableStoreLeavesTheRunInTheSpoolAndTheNextRunPushesIt() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = s.getLocalPort();
    }
    Path password = dir.resolve("pw");
    Files.writeString(password, "not-used\n");
    Files.setPosixFilePermissions(
        password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    try (SimulatedNetwork net = network("127.0.73.0", 1)) {
      CliRun down =
          CliRun.of(
              scan(
                  net.port(),
                  "--store",
                  "postgresql://netaudit@127.0.0.1:" + closed + "/audit",
                  "--store-password-file",
                  password.toString(),
                  "--output-dir",
                  dir.toString(),
                  "127.0.73.1"));
      assertThat(down.exitCode()).as("the audit's own code: " + down.err()).isEqualTo(1);
      assertThat(dir.resolve("latest.csv")).isRegularFile();
      assertThat(dir.resolve("netaudit-spool.db")).isRegularFile();
      assertThat(Files.readString(dir.resolve("latest.summary.json")))
          .contains(
              "\"store\": {\"location\": \"postgresql://netaudit@127.0.0.1:" + closed + "/audit\"")
          .contains("\"site\": \"lab\", \"state\": \"spooled\"}");
      assertThat(down.err())
          .contains("the run is kept in the spool " + dir.resolve("netaudit-spool.db"))
          .contains("1 run waiting")
          .doesNotContain("not-used");

      Thread.sleep(1100);
      CliRun up = CliRun.of(scan(net.port(), "--output-dir", dir.toString(), "127.0.73.1"));
      assertThat(up.exitCode()).as(up.err()).isEqualTo(1);
      assertThat(up.err()).contains("store: pushed 1 spooled run into the store");
      assertThat(dir.resolve("netaudit-spool.db")).doesNotExist();
      CliRun history = CliRun.of("history", "--store", "sqlite:" + dir.resolve("netaudit.db"));
      assertThat(history.out().lines().filter(l -> l.contains("appeared"))).hasSize(1);
    }
  }

  @Test
  void theDemosEndpointsGoThroughTheSpoolIntoTheStore() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = s.getLocalPort();
    }
    Path password = dir.resolve("pw");
    Files.writeString(password, "not-used\n");
    Files.setPosixFilePermissions(
        password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    String report = dir.resolve("hq.csv").toString();
    CliRun down =
        CliRun.of(
            "demo",
            "--site",
            "hq",
            "--store",
            "postgresql://netaudit@127.0.0.1:" + closed + "/audit",
            "--store-password-file",
            password.toString(),
            "-o",
            report);
    assertThat(down.err()).contains("1 run waiting");
    assertThat(dir.resolve("netaudit-spool.db")).isRegularFile();

    String store = "sqlite:" + dir.resolve("estate.db");
    CliRun up = CliRun.of("demo", "--site", "hq", "--store", store, "-o", report);
    assertThat(up.err())
        .contains("store: pushed 1 spooled run into the store")
        .as("the pushed run had the endpoints: nothing appears the second night")
        .contains("run stored (27 rows; events: appeared 0 ");
    CliRun camera = CliRun.of("history", "--store", store, "44-19-b6-3c-51-0e");
    assertThat(camera.exitCode()).as(camera.err()).isZero();
    assertThat(camera.out().lines().filter(l -> l.contains("appeared")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("44:19:b6:3c:51:0e").contains("endpoint"));
    List<CSVRecord> rows = csv(dir.resolve("hq.csv"));
    CSVRecord row =
        rows.stream().filter(r -> r.get("mac").equals("44:19:b6:3c:51:0e")).findFirst().get();
    assertThat(row.get("first_seen")).as("from the pushed run").isLessThan(row.get("last_seen"));
  }

  @Test
  void aStoreFromANewerNetauditStopsTheRunBeforeAnythingIsSent() throws Exception {
    Path db = dir.resolve("newer.db");
    io.netaudit.store.Store.open(io.netaudit.store.StoreLocation.sqlite(db), "", null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (99, '99',"
              + " 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 1, 1)");
    }
    try (SimulatedNetwork net = network("127.0.74.0", 1)) {
      CliRun run =
          CliRun.of(
              scan(
                  net.port(),
                  "--store",
                  "sqlite:" + db,
                  "-o",
                  dir.resolve("r.csv").toString(),
                  "127.0.74.1"));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines().toList())
          .singleElement()
          .asString()
          .contains("has schema version 99, made by a newer netaudit")
          .contains("upgrade netaudit");
      assertThat(dir.resolve("r.csv")).doesNotExist();
    }
    CliRun history = CliRun.of("history", "--store", "sqlite:" + db);
    assertThat(history.exitCode()).isEqualTo(2);
  }

  @Test
  void withoutAStoreRowsCarryTheSiteOnly() throws Exception {
    try (SimulatedNetwork net = network("127.0.75.0", 1)) {
      Path report = dir.resolve("r.csv");
      CliRun run = CliRun.of(scan(net.port(), "-o", report.toString(), "127.0.75.1"));
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      CSVRecord r = csv(report).get(0);
      assertThat(
              Map.of(
                  "site", r.get("site"), "first", r.get("first_seen"), "last", r.get("last_seen")))
          .containsEntry("site", "lab")
          .containsEntry("first", "")
          .containsEntry("last", "");
      assertThat(run.err()).doesNotContain("store:");
    }
  }
}
