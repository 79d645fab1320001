package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.BridgeMib;
import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.IpMib;
import io.netaudit.snmp.LldpMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.QBridgeMib;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the endpoint reader takes from a device's tables, and what it skips and says. */
class EndpointReaderTest {
  private static final InetAddress SWITCH = address("10.0.0.2");

  @Test
  void forwardingEntriesBecomeSightingsOnNamedPortsInTheirVlan() {
    Tables t = new Tables();
    t.row(IfMib.IF_X_TABLE, "7", IfMib.NAME, "Gi1/0/7");
    t.row(BridgeMib.BASE_PORT_TABLE, "7", BridgeMib.BASE_PORT_IF_INDEX, "7");
    t.row(QBridgeMib.VLAN_CURRENT_TABLE, "0.20", QBridgeMib.VLAN_FDB_ID, "3");
    t.row(QBridgeMib.TP_FDB_TABLE, "3.68.25.182.1.2.3", QBridgeMib.TP_FDB_PORT, "7");
    t.row(QBridgeMib.TP_FDB_TABLE, "3.68.25.182.1.2.3", QBridgeMib.TP_FDB_STATUS, "3");
    // the same entry in BRIDGE-MIB (many switches serve both): one sighting
    t.row(BridgeMib.TP_FDB_TABLE, "68.25.182.1.2.3", BridgeMib.TP_FDB_PORT, "7");

    Read r = read(t);

    assertThat(r.notes).isEmpty();
    List<Sighting> s = r.table.sightingsOf(mac("44:19:b6:01:02:03"));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).port()).isEqualTo("Gi1/0/7");
    assertThat(s.get(0).vlan()).as("FDB 3 is VLAN 20's").isEqualTo(20);
    assertThat(s.get(0).forwarding()).isTrue();
  }

  @Test
  void selfAndLocalEntriesAreTheDevicesOwnAndOthersAreSkippedAndCounted() {
    Tables t = new Tables();
    t.row(IfMib.IF_TABLE, "1", IfMib.PHYS_ADDRESS, octets(0x00, 0x1b, 0x54, 0, 0, 1));
    fdb(t, "0.27.84.0.0.2", "0", "4"); // self
    fdb(t, "0.27.84.0.0.3", "0", "5"); // mgmt
    fdb(t, "0.27.84.0.0.4", "1", "2"); // invalid
    fdb(t, "1.0.94.0.0.251", "1", "3"); // multicast
    fdb(t, "255.255.255.255.255.255", "1", "3"); // broadcast
    fdb(t, "0.0.0.0.0.0", "1", "3"); // all zero
    fdb(t, "0.27.84.1.2", "1", "3"); // 5 arcs
    fdb(t, "0.27.84.1.2.300", "1", "3"); // an arc above 255
    t.row(
        IpMib.NET_TO_PHYSICAL_TABLE,
        "1.1.4.10.0.0.2",
        IpMib.NET_TO_PHYSICAL_PHYS_ADDRESS,
        octets(0x00, 0x1b, 0x54, 0, 0, 5));
    t.row(IpMib.NET_TO_PHYSICAL_TABLE, "1.1.4.10.0.0.2", IpMib.NET_TO_PHYSICAL_TYPE, "5");
    t.row(
        IpMib.NET_TO_MEDIA_TABLE,
        "1.10.0.0.9",
        IpMib.NET_TO_MEDIA_PHYS_ADDRESS,
        octets(1, 2, 3, 4, 5, 6, 7, 8));
    t.row(IpMib.NET_TO_MEDIA_TABLE, "1.10.0.0.10", IpMib.NET_TO_MEDIA_PHYS_ADDRESS, new byte[0]);

    Read r = read(t);

    Endpoints e = r.table.finish(Set.of(SWITCH), List.of(), Map.of());
    assertThat(e.macsOf(SWITCH))
        .containsExactly(
            "00:1b:54:00:00:01", "00:1b:54:00:00:02", "00:1b:54:00:00:03", "00:1b:54:00:00:05");
    assertThat(e.size()).isZero();
    assertThat(r.notes)
        .containsExactly(
            "dot1dTpFdbTable: 2 entries with a malformed MAC skipped",
            "ipNetToMediaTable: 1 entries with a malformed MAC skipped",
            "forwarding/ARP entries that are not endpoints: 2 multicast/broadcast,"
                + " 1 all-zero (00:00:00:00:00:00), 1 invalid, 1 incomplete ARP");
  }

  @Test
  void arpEntriesGiveTheIpAndAcceptMacsSentAsText() {
    Tables t = new Tables();
    t.row(IfMib.IF_TABLE, "2", IfMib.DESCR, "Vlan10");
    t.row(
        IpMib.NET_TO_MEDIA_TABLE,
        "2.10.0.10.50",
        IpMib.NET_TO_MEDIA_PHYS_ADDRESS,
        text("0:24:45:c:d:a"));
    byte[] v6 = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
    StringBuilder index = new StringBuilder("2.2.16");
    for (byte b : v6) {
      index.append('.').append(b & 0xff);
    }
    t.row(
        IpMib.NET_TO_PHYSICAL_TABLE,
        index.toString(),
        IpMib.NET_TO_PHYSICAL_PHYS_ADDRESS,
        octets(0x00, 0x24, 0x45, 0x0c, 0x0d, 0x0a));
    t.row(
        IpMib.NET_TO_MEDIA_TABLE,
        "2.1.10.5.1.7",
        IpMib.NET_TO_MEDIA_PHYS_ADDRESS,
        octets(0, 4, 0x56, 1, 2, 3));

    Read r = read(t);

    List<Sighting> s = r.table.sightingsOf(mac("00:24:45:0c:0d:0a"));
    assertThat(s)
        .extracting(x -> x.ip().getHostAddress())
        .containsExactlyInAnyOrder("10.0.10.50", "2001:db8:0:0:0:0:0:5");
    assertThat(s).allSatisfy(x -> assertThat(x.port()).isEqualTo("Vlan10"));
    assertThat(r.table.sightingsOf(mac("00:04:56:01:02:03")))
        .singleElement()
        .satisfies(x -> assertThat(x.ip()).isNull());
    assertThat(r.notes)
        .containsExactly(
            "ipNetToMediaTable: 1 entries with a malformed index: MAC kept, IP unknown");
  }

  @Test
  void portsWithAnLldpSwitchNeighbourFaceSwitchesButAPhonesPortDoesNot() {
    Tables t = new Tables();
    for (int p = 1; p <= 2; p++) {
      t.row(BridgeMib.BASE_PORT_TABLE, "" + p, BridgeMib.BASE_PORT_IF_INDEX, "" + p);
      t.row(IfMib.IF_X_TABLE, "" + p, IfMib.NAME, "ge-0/0/" + p);
    }
    t.row(LldpMib.REM_TABLE, "0.1.1", LldpMib.SYS_CAP_ENABLED, octets(0x28, 0)); // bridge, router
    t.row(LldpMib.REM_TABLE, "0.2.1", LldpMib.SYS_CAP_ENABLED, octets(0x24, 0)); // bridge, phone
    fdb(t, "0.27.84.0.0.1", "1", "3");
    fdb(t, "0.27.84.0.0.2", "2", "3");

    Read r = read(t);

    assertThat(r.table.sightingsOf(mac("00:1b:54:00:00:01")).get(0).facesSwitch()).isTrue();
    assertThat(r.table.sightingsOf(mac("00:1b:54:00:00:02")).get(0).facesSwitch()).isFalse();
  }

  @Test
  void ciscoPerVlanTablesGiveTheVlanAndTheirOwnBridgePorts() {
    Tables t = new Tables();
    t.row(IfMib.IF_X_TABLE, "10105", IfMib.NAME, "Gi1/0/5");
    Map<TableId, List<TableRow>> vlan20 = new LinkedHashMap<>();
    vlan20.put(
        BridgeMib.BASE_PORT_TABLE,
        List.of(row(BridgeMib.BASE_PORT_TABLE, "5", BridgeMib.BASE_PORT_IF_INDEX, "10105")));
    vlan20.put(
        BridgeMib.TP_FDB_TABLE,
        List.of(row(BridgeMib.TP_FDB_TABLE, "68.25.182.1.2.3", BridgeMib.TP_FDB_PORT, "5")));
    Inventory inv =
        new Inventory(Map.of(), t.tables, null, List.of(), List.of(), Map.of(20, vlan20));
    EndpointTable table = new EndpointTable();
    EndpointTable.DeviceSink sink = table.device(SWITCH, Instant.EPOCH);
    EndpointReader.read(inv, sink);
    sink.close();

    Sighting s = table.sightingsOf(mac("44:19:b6:01:02:03")).get(0);
    assertThat(s.vlan()).isEqualTo(20);
    assertThat(s.port()).isEqualTo("Gi1/0/5");
  }

  /** One device's tables, built by hand. */
  private static final class Tables {
    final Map<TableId, List<TableRow>> tables = new LinkedHashMap<>();
    final Map<TableId, Map<Oid, Map<ColumnId, DeviceString>>> cells = new LinkedHashMap<>();

    void row(TableId table, String index, ColumnId column, String value) {
      row(table, index, column, DeviceString.of(value));
    }

    void row(TableId table, String index, ColumnId column, byte[] value) {
      row(table, index, column, DeviceString.of(value));
    }

    void row(TableId table, String index, ColumnId column, DeviceString value) {
      cells
          .computeIfAbsent(table, x -> new LinkedHashMap<>())
          .computeIfAbsent(Oid.parse(index), x -> new LinkedHashMap<>())
          .put(column, value);
      List<TableRow> rows = new ArrayList<>();
      cells.get(table).forEach((i, c) -> rows.add(TableRow.of(table, i, c)));
      tables.put(table, rows);
    }
  }

  private record Read(EndpointTable table, List<String> notes) {}

  private static Read read(Tables t) {
    EndpointTable table = new EndpointTable();
    EndpointTable.DeviceSink sink = table.device(SWITCH, Instant.EPOCH);
    List<String> notes =
        EndpointReader.read(new Inventory(Map.of(), t.tables, null, List.of(), List.of()), sink);
    sink.close();
    return new Read(table, notes);
  }

  private static void fdb(Tables t, String macArcs, String port, String status) {
    t.row(BridgeMib.TP_FDB_TABLE, macArcs, BridgeMib.TP_FDB_PORT, port);
    t.row(BridgeMib.TP_FDB_TABLE, macArcs, BridgeMib.TP_FDB_STATUS, status);
  }

  private static TableRow row(TableId table, String index, ColumnId column, String value) {
    return TableRow.of(table, Oid.parse(index), Map.of(column, DeviceString.of(value)));
  }

  private static long mac(String text) {
    return MacAddress.parse(text).orElseThrow().value();
  }

  private static byte[] octets(int... v) {
    byte[] b = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = (byte) v[i];
    }
    return b;
  }

  private static byte[] text(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static InetAddress address(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
