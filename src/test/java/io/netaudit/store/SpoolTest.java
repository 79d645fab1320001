package io.netaudit.store;

import static io.netaudit.report.AuditStatus.COMPLIANT;
import static io.netaudit.report.AuditStatus.RESTRICTED;
import static io.netaudit.report.AuditStatus.REVIEW;
import static io.netaudit.store.StoreRows.T0;
import static io.netaudit.store.StoreRows.device;
import static io.netaudit.store.StoreRows.endpoint;
import static io.netaudit.store.StoreRows.rows;
import static io.netaudit.store.StoreRows.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The spool: runs a store could not take wait in a SQLite file beside the reports and are pushed,
 * oldest first, by the next run; a real PostgreSQL connection killed in the middle of a write loses
 * nothing.
 */
class SpoolTest {
  private static final WriteOptions N3 = new WriteOptions(true, 3, 0);

  @RegisterExtension final Databases databases = new Databases();

  @Test
  void heldRunsArePushedOldestFirstAndTheSpoolGoesAway() throws Exception {
    Spool spool = new Spool(databases.dir().resolve(Spool.FILE));
    assertThat(spool.pending()).isZero();
    assertThat(spool.file()).doesNotExist();
    RunRecord first = run("lab", T0);
    RunRecord second = run("lab", T0.plus(Duration.ofDays(1)));
    assertThat(spool.keep(first, rows(device("10.0.0.1", RESTRICTED, "Huawei")))).isEqualTo(1);
    assertThat(spool.keep(second, rows(device("10.0.0.1", COMPLIANT, "Cisco")))).isEqualTo(2);

    Store store = databases.create("sqlite").open();
    // The first run was pushed before, by a run that died before it could clear the spool.
    store.write(first, rows(device("10.0.0.1", RESTRICTED, "Huawei")), Coverage.ALL, N3);
    assertThat(spool.push(store, r -> Coverage.ALL, N3)).isEqualTo(2);
    assertThat(spool.file()).doesNotExist();
    assertThat(store.runs("lab", 10))
        .extracting(SiteRun::started)
        .containsExactly(first.started(), second.started());
    assertThat(store.events(HistoryFilter.ALL))
        .extracting(HistoryEvent::kind)
        .containsExactly("appeared", "status_changed");
  }

  @Test
  void endpointRowsWaitInTheSpoolAndArePushedIntoPostgresqlAsTheyWere() throws Exception {
    Spool spool = new Spool(databases.dir().resolve(Spool.FILE));
    String camera = "44:19:b6:3c:51:0e";
    io.netaudit.report.ReportRow cameraRow =
        endpoint(camera, REVIEW, "Hangzhou Hikvision", "10.0.0.24", "Gi1/0/14", "10.30.0.25");
    RunRecord run = run("lab", T0);
    spool.keep(
        run,
        rows(
            device("10.0.0.24", COMPLIANT, "Cisco"),
            endpoint("00:14:22:5a:10:07", COMPLIANT, "Dell", "10.0.0.24", "Gi1/0/3", ""),
            cameraRow));

    Store store = databases.create("postgresql").open();
    assertThat(spool.push(store, r -> Coverage.ALL, N3)).isEqualTo(1);
    assertThat(spool.file()).doesNotExist();
    SiteRun stored = store.latestRuns("lab").get(0);
    assertThat(stored.rowCounts()).containsEntry(REVIEW, 1L).containsEntry(COMPLIANT, 2L);
    java.util.Map<String, String> back =
        io.netaudit.report.ReportCells.of(
            store.rows(stored).stream()
                .filter(r -> r.macFacts().macs().equals(java.util.List.of(camera)))
                .findFirst()
                .orElseThrow());
    java.util.Map<String, String> expected = io.netaudit.report.ReportCells.of(cameraRow);
    expected.put("site", "lab");
    expected.put("first_seen", T0.toString());
    expected.put("last_seen", T0.toString());
    assertThat(back).isEqualTo(expected);
    assertThat(store.subjects(new HistoryFilter("lab", camera, null, null)))
        .extracting(SubjectState::subject, SubjectState::firstSeen)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mac:" + camera, T0));
  }

  @Test
  void aConnectionKilledMidWriteLosesNothing() throws Exception {
    TestDb db = databases.create("postgresql");
    Store store = db.open();
    CountDownLatch midway = new CountDownLatch(1);
    CountDownLatch killed = new CountDownLatch(1);
    RunRecord run = run("lab", T0);
    PausingRows rows =
        new PausingRows(
            5000,
            2500,
            () -> {
              midway.countDown();
              try {
                killed.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    CompletableFuture<WriteResult> write =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return store.write(run, rows, Coverage.ALL, N3);
              } catch (StoreException e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            });
    assertThat(midway.await(60, TimeUnit.SECONDS)).isTrue();
    try (Connection c = db.jdbc();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'netaudit' AND datname = ?")) {
      p.setString(1, db.location().database());
      p.executeQuery().close();
    }
    killed.countDown();
    assertThatThrownBy(() -> write.get(60, TimeUnit.SECONDS))
        .hasCauseInstanceOf(StoreException.class);
    assertThat(db.count("SELECT COUNT(*) FROM run")).isZero();

    Spool spool = new Spool(databases.dir().resolve(Spool.FILE));
    spool.keep(run, new PausingRows(5000, -1, () -> {}));
    assertThat(spool.push(store, r -> Coverage.ALL, N3)).isEqualTo(1);
    assertThat(store.runs("lab", 10))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.rowCounts().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(5000));
  }
}
