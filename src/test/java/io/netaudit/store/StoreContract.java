package io.netaudit.store;

import static io.netaudit.report.AuditStatus.COMPLIANT;
import static io.netaudit.report.AuditStatus.RESTRICTED;
import static io.netaudit.report.AuditStatus.REVIEW;
import static io.netaudit.store.StoreRows.T0;
import static io.netaudit.store.StoreRows.component;
import static io.netaudit.store.StoreRows.device;
import static io.netaudit.store.StoreRows.endpoint;
import static io.netaudit.store.StoreRows.rows;
import static io.netaudit.store.StoreRows.run;
import static io.netaudit.store.StoreRows.silent;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.RemediationItem;
import io.netaudit.report.ReportCells;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.report.RowKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every store does, on a real database: each subclass gives a new, empty store of its kind
 * (SQLite through its JDBC driver, a real PostgreSQL server).
 */
abstract class StoreContract {
  private static final Duration NIGHT = Duration.ofDays(1);
  private static final WriteOptions N3 = new WriteOptions(true, 3, 0);

  /** A new, empty store. */
  abstract Store newStore() throws Exception;

  @Test
  void anEmptyDatabaseBecomesAStoreAndOpensAgainAsItIs() throws Exception {
    Store store = newStore();
    assertThat(store.schemaVersion()).isEqualTo("1");
    store.write(run("lab", T0), rows(device("10.0.0.1", RESTRICTED, "Huawei")), Coverage.ALL, N3);
    Store again = Store.open(store.location(), TestStores.user(store), TestStores.password(store));
    assertThat(again.schemaVersion()).isEqualTo("1");
    assertThat(again.latestRuns(null)).hasSize(1);
  }

  @Test
  void aRunReadsBackAsItsReportRowsWithTheirHistory() throws Exception {
    Store store = newStore();
    ReportRow huawei = device("10.0.0.1", RESTRICTED, "Huawei");
    ReportRow optic = component("10.0.0.2", 7, REVIEW, "H3C");
    WriteResult w =
        store.write(run("lab", T0), rows(huawei, optic, silent("10.0.0.3")), Coverage.ALL, N3);
    assertThat(w.rows()).as("silent targets are not stored").isEqualTo(2);

    SiteRun latest = store.latestRuns("lab").get(0);
    assertThat(latest.started()).isEqualTo(T0);
    assertThat(latest.targetCounts()).containsEntry(AuditStatus.NO_RESPONSE, 250L);
    assertThat(latest.rowCounts()).containsEntry(RESTRICTED, 1L).containsEntry(REVIEW, 1L);
    List<ReportRow> back = store.rows(latest);
    assertThat(back).hasSize(2);
    ReportRow h =
        back.stream().filter(r -> r.finding().vendor().equals("Huawei")).findFirst().get();
    Map<String, String> cells = ReportCells.of(h);
    Map<String, String> expected = ReportCells.of(huawei);
    expected.put(ReportColumn.SITE.header(), "lab");
    expected.put(ReportColumn.FIRST_SEEN.header(), T0.toString());
    expected.put(ReportColumn.LAST_SEEN.header(), T0.toString());
    assertThat(cells).isEqualTo(expected);
  }

  @Test
  void historyFollowsEachSubjectRunAfterRun() throws Exception {
    Store store = newStore();
    Instant t1 = T0;
    Instant t2 = t1.plus(NIGHT);
    Instant t3 = t2.plus(NIGHT);
    Instant t4 = t3.plus(NIGHT);
    Instant t5 = t4.plus(NIGHT);
    String a = "10.0.0.1";
    String b = "10.0.0.2";
    String c = "10.0.0.3";
    write(
        store,
        t1,
        Coverage.ALL,
        device(a, RESTRICTED, "Huawei"),
        device(b, COMPLIANT, "Cisco"),
        device(c, REVIEW, "H3C"));
    write(store, t2, Coverage.ALL, device(a, RESTRICTED, "Huawei"), device(b, RESTRICTED, "ZTE"));
    // a is not a target of run 3: it is not missed; c is.
    write(store, t3, addr -> !addr.equals(a), device(b, RESTRICTED, "ZTE"));
    SubjectState before = state(store, c);
    assertThat(before.missedRuns()).isEqualTo(2);
    assertThat(before.remediatedAt()).isNull();
    write(store, t4, Coverage.ALL, device(b, RESTRICTED, "ZTE"));

    SubjectState cState = state(store, c);
    assertThat(cState.remediatedAt()).as("three covered runs without it").isEqualTo(t4);
    SubjectState aState = state(store, a);
    assertThat(aState.missedRuns()).as("run 3 did not cover it").isEqualTo(1);
    assertThat(aState.remediatedAt()).isNull();
    assertThat(aState.firstSeen()).isEqualTo(t1);
    assertThat(aState.lastSeen()).isEqualTo(t2);

    write(store, t5, Coverage.ALL, device(c, REVIEW, "H3C"));
    assertThat(state(store, c).remediatedAt()).isNull();
    assertThat(state(store, c).firstSeen()).isEqualTo(t1);

    List<String> timeline =
        store.events(HistoryFilter.ALL).stream()
            .map(
                e ->
                    e.kind()
                        + " "
                        + Subjects.label(e.subject())
                        + " "
                        + e.oldStatus()
                        + ">"
                        + e.newStatus()
                        + " "
                        + e.at())
            .toList();
    assertThat(timeline)
        .containsExactly(
            "appeared 10.0.0.1 >RESTRICTED " + t1,
            "appeared 10.0.0.2 >COMPLIANT " + t1,
            "appeared 10.0.0.3 >REVIEW " + t1,
            "status_changed 10.0.0.2 COMPLIANT>RESTRICTED " + t2,
            "remediated 10.0.0.3 REVIEW> " + t4,
            "reappeared 10.0.0.3 REVIEW>REVIEW " + t5);
    assertThat(store.events(new HistoryFilter(null, null, "zte", null)))
        .extracting(HistoryEvent::kind)
        .containsExactly("status_changed");
    assertThat(store.events(new HistoryFilter("lab", c, null, t2)))
        .extracting(HistoryEvent::kind)
        .containsExactly("remediated", "reappeared");
  }

  @Test
  void theRunsReportGetsItsSightingsFromTheStore() throws Exception {
    Store store = newStore();
    write(store, T0, Coverage.ALL, device("10.0.0.1", RESTRICTED, "Huawei"));
    Instant now = T0.plus(NIGHT);
    SiteHistory history = store.history("lab", now);
    ReportRow again = history.decorate(device("10.0.0.1", RESTRICTED, "Huawei"));
    assertThat(again.history().site()).isEqualTo("lab");
    assertThat(again.history().firstSeen()).isEqualTo(T0);
    assertThat(again.history().lastSeen()).isEqualTo(now);
    ReportRow quiet = history.decorate(silent("10.0.0.1"));
    assertThat(quiet.history().lastSeen()).as("when it last answered").isEqualTo(T0);
    ReportRow fresh = history.decorate(device("10.0.0.9", COMPLIANT, "Cisco"));
    assertThat(fresh.history().firstSeen()).isEqualTo(now);
    assertThat(history.decorate(silent("10.0.0.8")).history().firstSeen()).isNull();
    assertThat(store.history("other-site", now).known()).isZero();
  }

  @Test
  void theSameAddressAtTwoSitesIsTwoDevices() throws Exception {
    Store store = newStore();
    store.write(
        run("site-a", T0), rows(device("192.168.1.1", RESTRICTED, "Huawei")), Coverage.ALL, N3);
    store.write(
        run("site-b", T0), rows(device("192.168.1.1", COMPLIANT, "Cisco")), Coverage.ALL, N3);
    assertThat(store.subjects(new HistoryFilter(null, "192.168.1.1", null, null)))
        .extracting(SubjectState::site, SubjectState::vendor, SubjectState::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("site-a", "Huawei", "RESTRICTED"),
            org.assertj.core.groups.Tuple.tuple("site-b", "Cisco", "COMPLIANT"));
    assertThat(store.events(HistoryFilter.ALL))
        .extracting(HistoryEvent::kind)
        .containsExactly("appeared", "appeared");
    assertThat(store.latestRuns(null))
        .extracting(SiteRun::site)
        .containsExactly("site-a", "site-b");
  }

  @Test
  void ofTwoRowsForOneSubjectInARunTheWorseIsKept() throws Exception {
    Store store = newStore();
    store.write(
        run("lab", T0),
        rows(
            device("10.0.0.5", AuditStatus.AUTH_FAILED, ""), device("10.0.0.5", RESTRICTED, "ZTE")),
        Coverage.ALL,
        N3);
    List<ReportRow> back = store.rows(store.latestRuns("lab").get(0));
    assertThat(back)
        .singleElement()
        .satisfies(r -> assertThat(r.finding().status()).isEqualTo(RESTRICTED));
  }

  @Test
  void aRunIsStoredOnceWhateverHowOftenItIsPushed() throws Exception {
    Store store = newStore();
    RunRecord run = run("lab", T0);
    assertThat(
            store
                .write(run, rows(device("10.0.0.1", RESTRICTED, "Huawei")), Coverage.ALL, N3)
                .alreadyStored())
        .isFalse();
    assertThat(
            store
                .write(run, rows(device("10.0.0.1", RESTRICTED, "Huawei")), Coverage.ALL, N3)
                .alreadyStored())
        .isTrue();
    assertThat(store.runs("lab", 100)).hasSize(1);
    assertThat(store.events(HistoryFilter.ALL)).hasSize(1);
  }

  @Test
  void keepRunsDeletesOldRowsButKeepsTheTrendAndTheHistory() throws Exception {
    Store store = newStore();
    WriteOptions keep2 = new WriteOptions(true, 3, 2);
    for (int i = 0; i < 4; i++) {
      store.write(
          run("lab", T0.plus(NIGHT.multipliedBy(i))),
          rows(
              device("10.0.0.1", RESTRICTED, "Huawei"),
              device("10.0.0." + (10 + i), COMPLIANT, "Cisco")),
          Coverage.ALL,
          keep2);
    }
    List<SiteRun> runs = store.runs("lab", 100);
    assertThat(runs).hasSize(4);
    assertThat(runs).extracting(SiteRun::rowsPruned).containsExactly(true, true, false, false);
    assertThat(store.rows(runs.get(0))).isEmpty();
    assertThat(store.rows(runs.get(3))).hasSize(2);
    assertThat(store.trend("lab", 3))
        .extracting(p -> p.rows().get(COMPLIANT))
        .containsExactly(1L, 1L, 1L);
    assertThat(state(store, "10.0.0.1").firstSeen()).isEqualTo(T0);
  }

  @Test
  void remediationListsWhatWasRemovedAndWhatIsStillOpen() throws Exception {
    Store store = newStore();
    WriteOptions n1 = new WriteOptions(true, 1, 0);
    store.write(
        run("lab", T0),
        rows(device("10.0.0.1", RESTRICTED, "Huawei"), device("10.0.0.2", REVIEW, "H3C")),
        Coverage.ALL,
        n1);
    store.write(
        run("lab", T0.plus(NIGHT)), rows(device("10.0.0.2", REVIEW, "H3C")), Coverage.ALL, n1);
    List<RemediationItem> items = store.remediation(null, T0, LocalDate.of(2025, 6, 1));
    assertThat(items)
        .extracting(RemediationItem::subject, RemediationItem::open)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("10.0.0.1", false),
            org.assertj.core.groups.Tuple.tuple("10.0.0.2", true));
    assertThat(store.remediation(null, T0.plus(NIGHT.multipliedBy(2)), LocalDate.of(2025, 6, 1)))
        .extracting(RemediationItem::subject)
        .containsExactly("10.0.0.2");
  }

  @Test
  void endpointsAreKeptBySiteAndMacAndAMacThatMovedIsTheSameSubject() throws Exception {
    Store store = newStore();
    String camera = "44:19:b6:3c:51:0e";
    ReportRow atFirst =
        endpoint(camera, REVIEW, "Hangzhou Hikvision", "10.0.0.24", "Gi1/0/14", "10.30.0.25");
    write(store, T0, Coverage.ALL, device("10.0.0.24", COMPLIANT, "Cisco"), atFirst);
    // The next night the camera sits behind another switch, on another port, with no ARP entry.
    Instant t2 = T0.plus(NIGHT);
    ReportRow moved = endpoint(camera, REVIEW, "Hangzhou Hikvision", "10.0.0.25", "Gi2/0/3", "");
    write(store, t2, Coverage.ALL, device("10.0.0.24", COMPLIANT, "Cisco"), moved);

    SubjectState s = state(store, camera);
    assertThat(s.subject()).isEqualTo("mac:" + camera);
    assertThat(s.rowKind()).isEqualTo("endpoint");
    assertThat(s.firstSeen()).as("kept across the move").isEqualTo(T0);
    assertThat(s.lastSeen()).isEqualTo(t2);
    assertThat(store.subjects(new HistoryFilter("lab", camera, null, null))).hasSize(1);
    assertThat(store.events(new HistoryFilter(null, camera, null, null)))
        .extracting(HistoryEvent::kind)
        .containsExactly("appeared");
    // Any spelling the user types finds it.
    for (String typed : List.of("44-19-B6-3C-51-0E", "4419.b63c.510e", "4419B63C510E")) {
      assertThat(store.subjects(new HistoryFilter(null, Subjects.normalize(typed), null, null)))
          .extracting(SubjectState::subject)
          .containsExactly("mac:" + camera);
    }

    // The estate report reads it back as the endpoint row it was, where it was last seen.
    List<ReportRow> back = store.rows(store.latestRuns("lab").get(0));
    ReportRow e =
        back.stream().filter(r -> r.subject().kind() == RowKind.ENDPOINT).findFirst().get();
    Map<String, String> expected = ReportCells.of(moved);
    expected.put(ReportColumn.SITE.header(), "lab");
    expected.put(ReportColumn.FIRST_SEEN.header(), T0.toString());
    expected.put(ReportColumn.LAST_SEEN.header(), t2.toString());
    assertThat(ReportCells.of(e)).isEqualTo(expected);
    assertThat(expected).containsEntry("mac", camera).containsEntry("port", "Gi2/0/3");

    // And the next scan's report gets its sightings.
    ReportRow decorated = store.history("lab", t2.plus(NIGHT)).decorate(moved);
    assertThat(decorated.history().firstSeen()).isEqualTo(T0);
    assertThat(decorated.history().lastSeen()).isEqualTo(t2.plus(NIGHT));
  }

  @Test
  void aMacIsRemediatedByRunsThatReadTheTablesOnly() throws Exception {
    Store store = newStore();
    String phone = "00:e0:fc:12:34:56";
    ReportRow switchRow = device("10.0.0.24", COMPLIANT, "Cisco");
    ReportRow printer =
        endpoint("00:14:22:5a:10:07", COMPLIANT, "Dell", "10.0.0.24", "Gi1/0/3", "10.30.0.40");
    write(
        store,
        T0,
        Coverage.ALL,
        switchRow,
        printer,
        endpoint(phone, RESTRICTED, "Huawei", "10.0.0.24", "Gi1/0/9", ""));
    // Two runs with --no-endpoints (no endpoint rows): they say nothing of the site's MACs.
    write(store, T0.plus(NIGHT), Coverage.ALL, switchRow);
    write(store, T0.plus(NIGHT.multipliedBy(2)), Coverage.ALL, switchRow);
    assertThat(state(store, phone).missedRuns()).isZero();
    // Three runs that read the switch's tables without the phone: remediated at the third.
    for (int i = 3; i <= 5; i++) {
      write(store, T0.plus(NIGHT.multipliedBy(i)), Coverage.ALL, switchRow, printer);
    }
    Instant t5 = T0.plus(NIGHT.multipliedBy(5));
    assertThat(state(store, phone).remediatedAt()).isEqualTo(t5);
    assertThat(store.events(new HistoryFilter(null, phone, null, null)))
        .extracting(HistoryEvent::kind, HistoryEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("appeared", T0),
            org.assertj.core.groups.Tuple.tuple("remediated", t5));
    assertThat(store.remediation("lab", T0, LocalDate.of(2025, 6, 1)))
        .extracting(RemediationItem::subject, RemediationItem::kind, RemediationItem::open)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(phone, "endpoint", false));
  }

  private static SubjectState state(Store store, String address) throws StoreException {
    return store.subjects(new HistoryFilter("lab", address, null, null)).get(0);
  }

  private static void write(Store store, Instant at, Coverage coverage, ReportRow... rows)
      throws StoreException {
    store.write(run("lab", at), rows(rows), coverage, N3);
  }
}
