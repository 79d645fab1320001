package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.Fault;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.snmp.Community;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.testing.Mibs;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** End to end over real UDP: the sweep engine against in-process SNMP agents on loopback. */
class SweeperTest {
  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s); // literals only: no DNS
  }

  private static SweepSettings settings(int port, int retries, String... communities) {
    List<Community> cs = new ArrayList<>();
    for (int i = 0; i < communities.length; i++) {
      cs.add(
          new Community("community #" + (i + 1), communities[i].getBytes(StandardCharsets.UTF_8)));
    }
    return new SweepSettings(
        port, Duration.ofMillis(300), retries, 5000, 256, cs, InventoryPlan.NONE, true);
  }

  private static Map<InetAddress, ProbeResult> sweep(SweepSettings s, List<InetAddress> targets)
      throws Exception {
    List<ProbeResult> out = new ArrayList<>();
    try (Sweeper sweeper = Sweeper.open(s, SweepHarness.context())) {
      SweepStats stats = sweeper.sweep(targets.iterator(), out::add);
      assertThat(stats.targets()).isEqualTo(targets.size());
    }
    assertThat(out).hasSize(targets.size());
    return out.stream().collect(Collectors.toMap(ProbeResult::address, Function.identity()));
  }

  @Test
  void everyTargetEndsInExactlyOneStateWithTheSystemGroupOfResponders() throws Exception {
    List<SimulatedDevice> devices =
        List.of(
            new SimulatedDevice(
                ip("127.0.31.1"),
                Mibs.system(
                    "Huawei Versatile Routing Platform", "1.3.6.1.4.1.2011.2.23.96", "core-1")),
            new SimulatedDevice(
                    ip("127.0.31.2"),
                    Mibs.system("Cisco IOS Software", "1.3.6.1.4.1.9.1.1", "edge"))
                .withFault(Fault.V1_ONLY),
            new SimulatedDevice(
                    ip("127.0.31.3"), Mibs.system("x".repeat(1400), "1.3.6.1.4.1.9.1.1", "big"))
                .withFault(Fault.TOO_BIG_MULTI),
            new SimulatedDevice(ip("127.0.31.4"), Mibs.system("err", "1.3.6.1.4.1.9.1.1", "e"))
                .withFault(Fault.GEN_ERR),
            new SimulatedDevice(ip("127.0.31.5"), Mibs.system("dup", "1.3.6.1.4.1.9.1.1", "d"))
                .withFault(Fault.DUPLICATE),
            new SimulatedDevice(ip("127.0.31.6"), Mibs.system("lossy", "1.3.6.1.4.1.9.1.1", "l"))
                .withFault(Fault.DROP_FIRST_TWO),
            new SimulatedDevice(
                    ip("127.0.31.7"), Mibs.system("private only", "1.3.6.1.4.1.9.1.1", "p"))
                .withCommunity("private"));
    try (SimulatedNetwork net = SimulatedNetwork.start(devices, 0)) {
      List<InetAddress> targets = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        targets.add(ip("127.0.31." + i));
      }
      Map<InetAddress, ProbeResult> r =
          sweep(settings(net.port(), 2, "public", "private"), targets);

      ProbeResult huawei = r.get(ip("127.0.31.1"));
      assertThat(huawei.status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(huawei.version()).isEqualTo(SnmpVersion.V2C);
      assertThat(huawei.system().descr().text()).isEqualTo("Huawei Versatile Routing Platform");
      assertThat(huawei.system().objectId()).isEqualTo("1.3.6.1.4.1.2011.2.23.96");
      assertThat(huawei.system().name().text()).isEqualTo("core-1");
      assertThat(huawei.system().uptimeTicks()).isEqualTo(123456L);
      assertThat(huawei.system().services()).isEqualTo(6);
      assertThat(huawei.credential()).isEqualTo("community #1");

      assertThat(r.get(ip("127.0.31.2")).version()).isEqualTo(SnmpVersion.V1);
      assertThat(r.get(ip("127.0.31.2")).status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(r.get(ip("127.0.31.3")).system().descr().text()).hasSize(1400);
      assertThat(r.get(ip("127.0.31.3")).system().objectId()).isEqualTo("1.3.6.1.4.1.9.1.1");
      assertThat(r.get(ip("127.0.31.4")).status()).isEqualTo(ProbeStatus.ERROR);
      assertThat(r.get(ip("127.0.31.4")).detail()).contains("genErr");
      assertThat(r.get(ip("127.0.31.5")).status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(r.get(ip("127.0.31.6")).status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(r.get(ip("127.0.31.6")).version()).isEqualTo(SnmpVersion.V2C);
      assertThat(r.get(ip("127.0.31.7")).credential()).isEqualTo("community #2");
      for (int i = 8; i <= 10; i++) {
        assertThat(r.get(ip("127.0.31." + i)).status()).isEqualTo(ProbeStatus.NO_RESPONSE);
      }
    }
  }
}
