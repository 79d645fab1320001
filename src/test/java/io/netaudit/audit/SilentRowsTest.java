package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.Subject;
import io.netaudit.snmp.ProbeResult;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The off-heap NO_RESPONSE rows: external sort by address, exactly the rows the in-memory path
 * made.
 */
class SilentRowsTest {
  @TempDir Path dir;

  private static List<ReportRow> drain(ReportRows rows) {
    List<ReportRow> out = new ArrayList<>();
    try (ReportRows.Cursor c = rows.open()) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<ProbeResult> silentProbes(int v4, int v6, long seed) throws Exception {
    List<ProbeResult> probes = new ArrayList<>();
    Instant t = Instant.parse("2025-03-01T10:00:00.123456Z");
    for (int i = 0; i < v4; i++) {
      InetAddress a =
          InetAddress.getByAddress(new byte[] {10, (byte) (i >> 8), (byte) i, (byte) (i * 7)});
      probes.add(
          ProbeResult.noResponse(
              a, t.plusMillis(i), i % 3 == 0 ? "no reply" : "no matching reply, even with 4x"));
    }
    for (int i = 0; i < v6; i++) {
      byte[] b = new byte[16];
      b[0] = (byte) 0xfd;
      b[15] = (byte) i;
      b[14] = (byte) (i * 31);
      probes.add(
          ProbeResult.noResponse(
              Inet6Address.getByAddress(null, b, -1), t.plusMillis(v4 + i), "no reply"));
    }
    Collections.shuffle(probes, new Random(seed));
    return probes;
  }

  @Test
  void manyRunsOnDiskComeBackSortedAndEqualToTheInMemoryRows() throws Exception {
    List<ProbeResult> probes = silentProbes(500, 60, 42);
    List<ReportRow> expected = new ArrayList<>();
    try (SilentRows silent = new SilentRows(37, dir)) {
      for (ProbeResult p : probes) {
        assertThat(SilentRows.accepts(p.address())).isTrue();
        silent.add(p.address(), p.polledAt(), p.detail());
        expected.add(RowBuilder.unanswered(p, AuditStatus.NO_RESPONSE));
      }
      assertThat(silent.runsOnDisk()).isEqualTo(560 / 37);
      assertThat(silent.size()).isEqualTo(560);
      expected.sort(ReportRows.ORDER);
      assertThat(drain(silent)).containsExactlyElementsOf(expected);
      assertThat(drain(silent))
          .as("a second pass reads the same")
          .containsExactlyElementsOf(expected);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.count()).isEqualTo(1);
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).as("temp file deleted on close").isZero();
    }
  }

  @Test
  void fewSilentTargetsNeverTouchTheDisk() throws Exception {
    try (SilentRows silent = new SilentRows(100, dir)) {
      for (ProbeResult p : silentProbes(30, 0, 1)) {
        silent.add(p.address(), p.polledAt(), p.detail());
      }
      assertThat(drain(silent)).hasSize(30);
      assertThat(silent.runsOnDisk()).isZero();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isZero();
    }
  }

  @Test
  void mergedWithHeldRowsTheyMatchSortingEverythingInMemory() throws Exception {
    List<ProbeResult> probes = silentProbes(200, 10, 7);
    List<ReportRow> held = new ArrayList<>();
    List<ReportRow> everything = new ArrayList<>();
    try (SilentRows silent = new SilentRows(16, dir)) {
      for (int i = 0; i < probes.size(); i++) {
        ProbeResult p = probes.get(i);
        if (i % 10 == 0) {
          // A target that did not stay silent: its row is held.
          ReportRow error =
              RowBuilder.unanswered(
                  ProbeResult.error(p.address(), p.polledAt(), null, "", "bad"), AuditStatus.ERROR);
          held.add(error);
          everything.add(error);
        } else {
          silent.add(p.address(), p.polledAt(), p.detail());
          everything.add(RowBuilder.unanswered(p, AuditStatus.NO_RESPONSE));
        }
        if (i % 25 == 0) {
          // A neighbour row at the same address as a target: ties go by cell text in both paths.
          ReportRow neighbour =
              ReportRow.builder(p.address(), AuditStatus.COMPLIANT)
                  .vendor("Cisco")
                  .subject(Subject.neighbour(InetAddress.getByName("192.0.2.1")))
                  .build();
          held.add(neighbour);
          everything.add(neighbour);
        }
      }
      everything.sort(ReportRows.ORDER);
      ReportRows merged = ReportRows.merge(ReportRows.of(held), silent);
      assertThat(merged.size()).isEqualTo(everything.size());
      assertThat(drain(merged)).containsExactlyElementsOf(everything);
    }
  }

  @Test
  void scopedIpv6AddressesStayInMemory() throws Exception {
    byte[] ll = new byte[16];
    ll[0] = (byte) 0xfe;
    ll[1] = (byte) 0x80;
    ll[15] = 1;
    assertThat(SilentRows.accepts(Inet6Address.getByAddress(null, ll, 3))).isFalse();
    assertThat(SilentRows.accepts(Inet6Address.getByAddress(null, ll, -1))).isTrue();
    assertThat(SilentRows.accepts(InetAddress.getByName("10.1.2.3"))).isTrue();
  }
}
