package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.AgentMib;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.snmp.Community;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * The inventory round reads what the plan's {@link Reads} name, and nothing else: scalars by GET,
 * declared columns by walks, served subtrees for a generic identity; over UDP from an in-process
 * agent on loopback.
 */
class InventoryRoundTest {
  private static final Oid MODEL = Oid.parse("1.3.6.1.4.1.39165.1.1.0");
  private static final Oid ABSENT = Oid.parse("1.3.6.1.4.1.39165.1.9.0");

  private static OID oid(String s) {
    return new OID(s);
  }

  private static AgentMib mib() {
    Map<OID, Variable> m = new LinkedHashMap<>();
    m.put(oid("1.3.6.1.2.1.1.1.0"), new OctetString("Linux cam"));
    m.put(oid("1.3.6.1.2.1.1.2.0"), oid("1.3.6.1.4.1.8072.3.2.10"));
    m.put(oid("1.3.6.1.2.1.2.2.1.2.1"), new OctetString("eth0")); // ifDescr: not declared
    m.put(
        oid("1.3.6.1.2.1.2.2.1.6.1"),
        new OctetString(new byte[] {(byte) 0xc0, 0x56, (byte) 0xe3, 1, 2, 3}));
    m.put(oid("1.3.6.1.2.1.2.2.1.6.2"), new OctetString(new byte[0]));
    m.put(oid("1.3.6.1.2.1.47.1.1.1.1.5.1"), new Integer32(3));
    m.put(oid("1.3.6.1.2.1.47.1.1.1.1.12.1"), new OctetString("Hikvision"));
    m.put(oid("1.3.6.1.4.1.8072.1.1.0"), new Integer32(1));
    m.put(oid("1.3.6.1.4.1.39165.1.1.0"), new OctetString("DS-2CD2185FWD-I"));
    return new AgentMib(m);
  }

  @Test
  void readsWhatThePlanNames() throws Exception {
    InetAddress device = InetAddress.getByName("127.0.41.7");
    Reads reads =
        Reads.scalars(SystemMib.SYS_DESCR, MODEL, ABSENT)
            .and(Reads.columns(IfMib.PHYS_ADDRESS, EntityMib.MFG_NAME, EntityMib.CLASS))
            .and(Reads.SERVED_ENTERPRISES);
    InventoryPlan plan = InventoryPlan.full(reads, Set.of());
    ProbeResult r;
    try (SimulatedNetwork net =
        SimulatedNetwork.start(List.of(new SimulatedDevice(device, mib())), 0)) {
      SweepSettings s =
          new SweepSettings(
              net.port(),
              Duration.ofSeconds(2),
              2,
              1000,
              16,
              List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))),
              plan,
              false);
      r = SweepHarness.sweep(s, List.of(device)).get(device);
    }
    assertThat(r.status()).isEqualTo(ProbeStatus.ANSWERED);
    Inventory inv = r.inventory();
    assertThat(inv.scalars().keySet())
        .as("the system group is not asked twice")
        .containsExactly(MODEL);
    assertThat(inv.scalar(MODEL).map(DeviceString::text)).hasValue("DS-2CD2185FWD-I");
    assertThat(inv.tables().keySet()).containsExactly(IfMib.IF_TABLE, EntityMib.ENT_PHYSICAL_TABLE);
    List<TableRow> ifRows = inv.rows(IfMib.IF_TABLE);
    assertThat(ifRows).extracting(TableRow::index).containsExactly(Oid.of(1), Oid.of(2));
    assertThat(ifRows.get(0).get(IfMib.PHYS_ADDRESS).hex()).isEqualTo("c056e3010203");
    assertThat(ifRows.get(0).columns().keySet()).as("ifDescr was not declared").containsExactly(6);
    TableRow chassis = inv.rows(EntityMib.ENT_PHYSICAL_TABLE).get(0);
    assertThat(chassis.get(EntityMib.CLASS).text()).isEqualTo("3");
    assertThat(chassis.get(EntityMib.MFG_NAME).text()).isEqualTo("Hikvision");
    assertThat(inv.servedEnterprises())
        .as("net-snmp's own subtree skipped")
        .containsExactly(39165L);
  }

  @Test
  void planLeavesTheSystemGroupToTheFirstGet() {
    InventoryPlan plan =
        InventoryPlan.full(Reads.scalars(SystemMib.GROUP).and(Reads.scalars(MODEL)), Set.of(9L));
    assertThat(plan.reads().scalars()).containsExactly(MODEL);
    assertThat(plan.genericEnterprises()).contains(9L, 2021L, 8072L);
    assertThat(InventoryPlan.NONE.reads().isEmpty()).isTrue();
  }

  @Test
  void walkedColumnsAreGroupedByTable() {
    InventoryPlan plan =
        InventoryPlan.full(
            Reads.columns(EntityMib.MODEL_NAME, IfMib.PHYS_ADDRESS, EntityMib.DESCR), Set.of());
    assertThat(plan.walkedColumns())
        .containsExactly(EntityMib.DESCR, EntityMib.MODEL_NAME, IfMib.PHYS_ADDRESS);
  }
}
