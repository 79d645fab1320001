package io.netaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.EvidenceItem;
import io.netaudit.report.ReportRow;
import io.netaudit.report.Subject;
import io.netaudit.testing.TestPostgres;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's write benchmark (bench/store-bench.sh; skipped in the normal build): one run of
 * {@code -Dnetaudit.storebench.rows} rows (default 50,000) written into SQLite (a file, WAL,
 * synchronous FULL) and into a real PostgreSQL started with fsync on, three runs each: the first
 * (every row a new subject: 50,000 appeared events), then two nights where every row is there
 * again. Prints a Markdown table and writes it to target/store-bench.md. Times are printed, never
 * asserted.
 */
class StoreBenchTest {
  private static final int NIGHTS = 3;

  @TempDir Path dir;

  @Test
  void writeOneRunOfManyRows() throws Exception {
    Assumptions.assumeTrue(
        Boolean.getBoolean("netaudit.storebench"), "run by bench/store-bench.sh only");
    int rows = Integer.getInteger("netaudit.storebench.rows", 50_000);
    List<String> table = new ArrayList<>();
    table.add("| store | night | rows | write (s) | rows/s | database size after (MiB) |");
    table.add("|---|---|---|---|---|---|");
    Path file = dir.resolve("bench.db");
    bench(
        "SQLite", Store.open(StoreLocation.sqlite(file), "", null), rows, table, () -> size(file));
    Path bin = TestPostgres.findBin();
    if (bin == null) {
      table.add("| PostgreSQL | - | - | binaries not found | - | - |");
    } else {
      try (TestPostgres pg = TestPostgres.start(bin, true)) {
        String url = pg.newDatabase();
        Store store =
            Store.open(StoreLocation.parse(url), TestPostgres.USER, pg.password().toCharArray());
        String db = StoreLocation.parse(url).database();
        bench("PostgreSQL (fsync on)", store, rows, table, () -> pgSize(pg, db));
      }
    }
    String md = String.join("\n", table) + "\n";
    System.out.print(md);
    Files.writeString(Path.of("target", "store-bench.md"), md);
    assertThat(table).hasSizeGreaterThan(2);
  }

  private interface Size {
    double mib() throws Exception;
  }

  private static void bench(String name, Store store, int rows, List<String> table, Size size)
      throws Exception {
    Instant t0 = Instant.parse("2025-03-01T02:30:00Z");
    for (int night = 1; night <= NIGHTS; night++) {
      RunRecord run = StoreRows.run("bench", t0.plus(Duration.ofDays(night)));
      long start = System.nanoTime();
      WriteResult w =
          store.write(
              run,
              PausingRows.of(rows, Endpoints::row),
              Coverage.ALL,
              new WriteOptions(true, 3, 30));
      double s = (System.nanoTime() - start) / 1e9;
      table.add(
          String.format(
              Locale.ROOT,
              "| %s | %d%s | %d | %.2f | %.0f | %.1f |",
              name,
              night,
              night == 1 ? " (all new)" : "",
              w.rows(),
              s,
              w.rows() / s,
              size.mib()));
    }
  }

  private static double size(Path file) throws Exception {
    long bytes = 0;
    for (String suffix : List.of("", "-wal")) {
      Path p = Path.of(file + suffix);
      bytes += Files.exists(p) ? Files.size(p) : 0;
    }
    return bytes / 1048576.0;
  }

  private static double pgSize(TestPostgres pg, String db) throws Exception {
    try (var c = pg.connect(db);
        var s = c.createStatement();
        var rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1) / 1048576.0;
    }
  }

  /**
   * Endpoint rows as a forwarding table gives them (issue 11: one per MAC, an OUI verdict and its
   * evidence, the switch, port and VLAN, an ARP address for some), keyed by site and MAC as the
   * store keys them: one finding, one subject, one event when new.
   */
  private static final class Endpoints {
    private static final InetAddress SWITCH = StoreRows.addr("10.0.0.1");

    private Endpoints() {}

    private static ReportRow row(int i) {
      boolean watched = i % 40 == 0;
      String mac =
          String.format(
              Locale.ROOT, "44:19:b6:%02x:%02x:%02x", i >> 16 & 255, i >> 8 & 255, i & 255);
      String port = "Gi1/0/" + (i % 48 + 1);
      return ReportRow.endpoint(watched ? AuditStatus.REVIEW : AuditStatus.COMPLIANT)
          .vendor(watched ? "Hangzhou Hikvision Digital Technology" : "Cisco Systems")
          .confidence("low")
          .evidence(
              List.of(
                  EvidenceItem.signal("oui", "weak", "MAC OUI 44:19:b6 (" + mac + ") = IEEE MA-L"),
                  EvidenceItem.note("no other signal"),
                  EvidenceItem.verdict(
                      watched ? "review: a watched maker by its OUI alone" : "ok")))
          .polledAt(Instant.parse("2025-03-01T02:31:00Z"))
          .detail("seen by 10.0.0.1 port " + port)
          .subject(Subject.endpoint(SWITCH))
          .macs(List.of(mac))
          .port(port)
          .vlan(i % 20 + 100)
          .endpointAddresses(
              i % 3 == 0
                  ? List.of(
                      String.format(
                          Locale.ROOT, "10.%d.%d.%d", i >> 16 & 255, i >> 8 & 255, i & 255))
                  : List.of())
          .build();
    }
  }
}
