package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.AgentMib;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.snmp.Community;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.Reads;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * Table-walk throughput, a benchmark (not part of {@code verify}: its name is no test's), printing
 * its figures; it asserts only that every row arrived and the pacing held, never a time. Run:
 *
 * <pre>./mvnw -B -q test -Dtest=WalkThroughputBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <ul>
 *   <li>one in-process agent on loopback serving a 100,000-row ifTable column, walked by the sweep
 *       engine (adaptive GETBULK): rows/s;
 *   <li>200 agents with 2,000 rows each, walked at once at {@code --rate 2000}: packets sent over
 *       the sweep's time, against the rate.
 * </ul>
 */
class WalkThroughputBench {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static AgentMib table(int rows) {
    Map<OID, Variable> m = new TreeMap<>();
    m.put(new OID("1.3.6.1.2.1.1.1.0"), new OctetString("Linux bench"));
    m.put(new OID("1.3.6.1.2.1.1.2.0"), new OID("1.3.6.1.4.1.9.1.1"));
    for (int i = 1; i <= rows; i++) {
      byte[] mac = {0x00, 0x1b, 0x21, (byte) (i >> 16), (byte) (i >> 8), (byte) i};
      m.put(new OID("1.3.6.1.2.1.2.2.1.6." + i), new OctetString(mac));
    }
    return new AgentMib(m);
  }

  private static SweepSettings settings(int port, double rate, int rows) {
    return new SweepSettings(
        port,
        TIMEOUT,
        1,
        rate,
        256,
        List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))),
        new InventoryPlan(Reads.columns(IfMib.PHYS_ADDRESS), rows, Set.of()),
        false);
  }

  @Test
  void oneAgentsHundredThousandRows() throws Exception {
    int rows = 100_000;
    InetAddress device = SweepHarness.ip("127.0.90.1");
    try (SimulatedNetwork net =
        SimulatedNetwork.start(List.of(new SimulatedDevice(device, table(rows))), 0)) {
      SweepHarness.sweep(settings(net.port(), 100_000, rows), List.of(device)); // warm-up
      long start = System.nanoTime();
      SweepHarness.Outcome out =
          SweepHarness.sweep(settings(net.port(), 100_000, rows), List.of(device));
      double seconds = (System.nanoTime() - start) / 1e9;
      ProbeResult r = out.get(device);
      assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
      int read = r.inventory().rows(IfMib.IF_TABLE).size();
      assertThat(read).isEqualTo(rows);
      System.out.printf(
          Locale.ROOT,
          "walk: %d rows from one agent in %.2f s = %.0f rows/s, %d packets sent (%.1f rows a"
              + " packet)%n",
          read,
          seconds,
          read / seconds,
          out.stats().packetsSent(),
          (double) read / out.stats().packetsSent());
    }
  }

  @Test
  void twoHundredAgentsWalkedAtOnceWithinTheRate() throws Exception {
    int rows = 2_000;
    double rate = 500;
    List<SimulatedDevice> devices = new ArrayList<>();
    List<InetAddress> targets = new ArrayList<>();
    AgentMib mib = table(rows);
    for (int i = 1; i <= 200; i++) {
      InetAddress a = SweepHarness.ip(91, i);
      devices.add(new SimulatedDevice(a, mib));
      targets.add(a);
    }
    try (SimulatedNetwork net = SimulatedNetwork.start(devices, 0)) {
      SweepHarness.Outcome out = SweepHarness.sweep(settings(net.port(), rate, rows), targets);
      long seen = 0;
      for (InetAddress a : targets) {
        assertThat(out.get(a).inventory().rows(IfMib.IF_TABLE)).hasSize(rows);
        seen += net.requestsSeen(a);
      }
      double seconds = out.stats().elapsed().toNanos() / 1e9;
      double achieved = out.stats().packetsSent() / seconds;
      System.out.printf(
          Locale.ROOT,
          "walk: 200 agents x %d rows in %.2f s: %d packets sent, %d received by the agents,"
              + " %.0f packets/s (--rate %.0f); %.0f rows/s in all%n",
          rows,
          seconds,
          out.stats().packetsSent(),
          seen,
          achieved,
          rate,
          200.0 * rows / seconds);
      // The token bucket banks at most 100 ms worth, and only what a busy sender fell behind by:
      // over a sweep of seconds the average stays within the rate.
      assertThat(achieved).isLessThanOrEqualTo(rate * 1.01);
    }
  }
}
