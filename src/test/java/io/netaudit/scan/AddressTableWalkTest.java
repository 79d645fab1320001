package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.Fault;
import io.netaudit.agent.MibBuilder;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.snmp.BridgeMib;
import io.netaudit.snmp.Community;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.QBridgeMib;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The address-table walks over UDP against in-process agents on 127.0.112.0/28: Cisco's per-VLAN
 * contexts, the per-device row and time bounds (rows read are kept, the detail says what was cut),
 * and agents that loop or stop answering (the device is still answered).
 */
class AddressTableWalkTest {
  private static final Reads FORWARDING =
      Reads.columns(
              QBridgeMib.TP_FDB_PORT,
              QBridgeMib.TP_FDB_STATUS,
              BridgeMib.TP_FDB_PORT,
              BridgeMib.BASE_PORT_IF_INDEX,
              IfMib.NAME)
          .and(Reads.perVlan(BridgeMib.TP_FDB_PORT, BridgeMib.BASE_PORT_IF_INDEX));

  @Test
  void ciscoVlansAreWalkedInTheirOwnContextsAndTheLegacyDefaultsSkipped() throws Exception {
    MibBuilder main =
        new MibBuilder()
            .system("Cisco IOS Software, C2960X", "1.3.6.1.4.1.9.1.1208", "sw")
            .vtpVlan(1)
            .vtpVlan(10)
            .vtpVlan(20)
            .vtpVlan(1002)
            .fdb(mac(1), 1, 3)
            .bridgePort(1, 10101);
    MibBuilder vlan10 = new MibBuilder().bridgePort(3, 10103).fdb(mac(10), 3, 3);
    MibBuilder vlan20 = new MibBuilder().bridgePort(5, 10105).fdb(mac(20), 5, 3).fdb(mac(21), 5, 3);
    SimulatedDevice cisco =
        new SimulatedDevice(ip(1), main.build())
            .withVlan(1, main.build())
            .withVlan(10, vlan10.build())
            .withVlan(20, vlan20.build());
    ProbeResult r = sweep(cisco, AddressTableBounds.DEFAULT);

    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    Inventory inv = r.inventory();
    assertThat(inv.rows(BridgeMib.TP_FDB_TABLE)).hasSize(1);
    assertThat(inv.vlanTables().keySet()).as("1002 is a legacy default").containsExactly(1, 10, 20);
    List<TableRow> v20 = inv.vlanTables().get(20).get(BridgeMib.TP_FDB_TABLE);
    assertThat(v20).hasSize(2);
    assertThat(v20.get(0).get(BridgeMib.TP_FDB_PORT).text()).isEqualTo("5");
    assertThat(
            inv.vlanTables()
                .get(10)
                .get(BridgeMib.BASE_PORT_TABLE)
                .get(0)
                .get(BridgeMib.BASE_PORT_IF_INDEX)
                .text())
        .isEqualTo("10103");
    assertThat(r.detail()).isEmpty();
  }

  @Test
  void theRowBoundCutsTheTablesAndKeepsTheRowsRead() throws Exception {
    MibBuilder sw = new MibBuilder().system("switch", "1.3.6.1.4.1.9.1.1208", "sw");
    for (int i = 0; i < 300; i++) {
      sw.qFdb(1, mac(i), 1, 3);
    }
    ProbeResult r =
        sweep(
            new SimulatedDevice(ip(2), sw.build()),
            new AddressTableBounds(50, Duration.ofSeconds(60), 16));

    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    assertThat(r.inventory().rows(QBridgeMib.TP_FDB_TABLE)).hasSize(50);
    assertThat(r.detail())
        .contains(
            "dot1qTpFdbTable walk stopped at the limit of 50 address-table rows per device"
                + " (the rows read are kept)");
  }

  @Test
  void theTimeBoundCutsAHundredThousandEntryTableAndKeepsTheRowsRead() throws Exception {
    MibBuilder sw = new MibBuilder().system("switch", "1.3.6.1.4.1.9.1.1208", "sw");
    for (int i = 0; i < 100_000; i++) {
      sw.qFdb(1, mac(i), 1 + i % 48, 3);
    }
    ProbeResult r =
        sweep(
            new SimulatedDevice(ip(3), sw.build()),
            new AddressTableBounds(250_000, Duration.ofMillis(300), 16));

    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    int kept = r.inventory().rows(QBridgeMib.TP_FDB_TABLE).size();
    assertThat(kept).isPositive().isLessThan(100_000);
    assertThat(r.detail())
        .contains(
            "address tables: walk stopped at the time limit of 300 ms per device ("
                + kept
                + " rows read are kept)");
  }

  @Test
  void aLoopingTableEndsItsWalkAndTheDeviceIsKept() throws Exception {
    MibBuilder sw = new MibBuilder().system("switch", "1.3.6.1.4.1.9.1.1208", "sw");
    for (int i = 0; i < 30; i++) {
      sw.qFdb(1, mac(i), 1, 3);
    }
    ProbeResult r =
        sweep(
            new SimulatedDevice(ip(4), sw.build()).withFault(Fault.WALK_LOOP),
            AddressTableBounds.DEFAULT);

    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    assertThat(r.system().descr().text()).isEqualTo("switch");
    assertThat(r.detail())
        .contains("dot1qTpFdbTable walk stopped: agent returned OIDs out of order");
    assertThat(r.inventory().rows(QBridgeMib.TP_FDB_TABLE)).hasSize(1);
  }

  @Test
  void anAgentThatStopsAnsweringHalfwayKeepsTheRowsReadAndTheDevice() throws Exception {
    MibBuilder sw = new MibBuilder().system("switch", "1.3.6.1.4.1.9.1.1208", "sw");
    for (int i = 0; i < 5_000; i++) {
      sw.qFdb(1, mac(i), 1, 3);
    }
    ProbeResult r =
        sweep(
            new SimulatedDevice(ip(5), sw.build()).withFault(Fault.GOES_SILENT),
            AddressTableBounds.DEFAULT);

    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    assertThat(r.detail()).contains("table walk timed out");
    assertThat(r.inventory().rows(QBridgeMib.TP_FDB_TABLE).size()).isPositive().isLessThan(5_000);
  }

  private static ProbeResult sweep(SimulatedDevice device, AddressTableBounds bounds)
      throws Exception {
    InventoryPlan plan = InventoryPlan.full(FORWARDING, Set.of()).withAddressBounds(bounds);
    try (SimulatedNetwork net = SimulatedNetwork.start(List.of(device), 0)) {
      SweepSettings s =
          new SweepSettings(
              net.port(),
              Duration.ofMillis(300),
              1,
              5000,
              16,
              List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))),
              plan,
              false);
      return SweepHarness.sweep(s, List.of(device.address())).get(device.address());
    }
  }

  private static byte[] mac(int n) {
    return new byte[] {0x00, 0x1b, 0x54, (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 112, (byte) host});
  }
}
