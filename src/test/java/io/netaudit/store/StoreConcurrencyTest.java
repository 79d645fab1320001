package io.netaudit.store;

import static io.netaudit.report.AuditStatus.COMPLIANT;
import static io.netaudit.report.AuditStatus.RESTRICTED;
import static io.netaudit.store.StoreRows.T0;
import static io.netaudit.store.StoreRows.device;
import static io.netaudit.store.StoreRows.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Collectors writing at once into one real database: four collectors (two per site, each its own
 * store and connections, as separate processes would have), started together on an EMPTY database
 * (so they also race to create the schema), each writing six runs. Every run lands complete, and
 * each site's history is what one writer at a time would have made: every subject appeared once.
 */
class StoreConcurrencyTest {
  private static final int COLLECTORS = 4;
  private static final int RUNS = 6;

  @RegisterExtension final Databases databases = new Databases();

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void collectorsWritingAtOnce(String kind) throws Exception {
    TestDb db = databases.create(kind);
    CyclicBarrier start = new CyclicBarrier(COLLECTORS);
    ExecutorService pool = Executors.newFixedThreadPool(COLLECTORS);
    List<Future<Integer>> done = new ArrayList<>();
    for (int i = 0; i < COLLECTORS; i++) {
      int collector = i;
      done.add(
          pool.submit(
              () -> {
                start.await(60, TimeUnit.SECONDS);
                Store store = db.open();
                String site = collector % 2 == 0 ? "site-a" : "site-b";
                for (int r = 0; r < RUNS; r++) {
                  store.write(
                      run(site, T0.plus(Duration.ofMinutes(collector * 100L + r))),
                      rows(collector, r),
                      Coverage.ALL,
                      new WriteOptions(true, 3, 0));
                }
                return RUNS;
              }));
    }
    int written = 0;
    for (Future<Integer> f : done) {
      written += f.get(300, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(written).isEqualTo(COLLECTORS * RUNS);
    Store store = db.open();
    assertThat(store.runs(null, 1000)).hasSize(COLLECTORS * RUNS);
    assertThat(db.count("SELECT COUNT(*) FROM run WHERE complete = 0")).isZero();
    for (String site : List.of("site-a", "site-b")) {
      long subjects =
          db.count(
              "SELECT COUNT(*) FROM subject s JOIN site ON site.id = s.site_id WHERE site.name = '"
                  + site
                  + "'");
      long appeared =
          db.count(
              "SELECT COUNT(*) FROM event e JOIN site ON site.id = e.site_id WHERE e.kind = 'appeared'"
                  + " AND site.name = '"
                  + site
                  + "'");
      assertThat(appeared).as(site).isEqualTo(subjects);
      // Shared addresses .1-.50 plus each collector's own .100+: 50 + 2 collectors x 6 runs.
      assertThat(subjects).as(site).isEqualTo(50 + 2 * RUNS);
    }
  }

  /** 50 addresses every collector has, and one of its own per run. */
  private static ReportRows rows(int collector, int run) {
    List<ReportRow> rows = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      rows.add(device("10.9.0." + i, i % 5 == 0 ? RESTRICTED : COMPLIANT, "Maker" + i));
    }
    rows.add(device("10.9." + (1 + collector) + "." + (100 + run), COMPLIANT, "Own"));
    return ReportRows.of(rows);
  }
}
