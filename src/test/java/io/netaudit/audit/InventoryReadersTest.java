package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.scan.InventoryPlan;
import io.netaudit.snmp.BridgeMib;
import io.netaudit.snmp.CdpMib;
import io.netaudit.snmp.CiscoVtpMib;
import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.IpMib;
import io.netaudit.snmp.LldpMib;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.QBridgeMib;
import io.netaudit.snmp.TableId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inventory plan is what the signals, the neighbour reader and the endpoint reader declared.
 */
class InventoryReadersTest {
  @Test
  void planIsTheReadersReads() throws Exception {
    Identifier identifier = new Identifier(VendorCatalogue.loadBundled());
    InventoryPlan plan = InventoryReaders.plan(identifier, false);
    assertThat(plan.reads().scalars())
        .as("identity objects, in catalogue order; the system group is read anyway")
        .startsWith(Oid.parse("1.3.6.1.4.1.39165.1.1.0"))
        .containsAll(identifier.reads().withoutScalars(io.netaudit.snmp.SystemMib.GROUP).scalars());
    Map<TableId, List<ColumnId>> tables = plan.reads().tables();
    assertThat(tables.keySet())
        .containsExactly(
            EntityMib.ENT_PHYSICAL_TABLE,
            IfMib.IF_TABLE,
            LldpMib.REM_TABLE,
            LldpMib.REM_MAN_ADDR_TABLE,
            CdpMib.CACHE_TABLE);
    assertThat(tables.values().stream().flatMap(List::stream).map(c -> c.number()).toList())
        .as("the columns walked before the plan was derived")
        .containsExactly(2, 4, 5, 7, 8, 9, 10, 11, 12, 13, 6, 4, 5, 9, 10, 3, 4, 5, 6, 8);
    assertThat(plan.reads().servedEnterprises()).isTrue();
    assertThat(plan.genericEnterprises()).contains(8072L, 2021L);
  }

  @Test
  void endpointsAddTheForwardingAndArpTablesAndThePerVlanBridgeMib() throws Exception {
    Identifier identifier = new Identifier(VendorCatalogue.loadBundled());
    InventoryPlan without = InventoryReaders.plan(identifier, false);
    InventoryPlan with = InventoryReaders.plan(identifier);
    assertThat(with.reads().columns()).containsAll(without.reads().columns());
    assertThat(with.reads().tables().keySet())
        .contains(
            QBridgeMib.TP_FDB_TABLE,
            BridgeMib.TP_FDB_TABLE,
            BridgeMib.BASE_PORT_TABLE,
            IpMib.NET_TO_PHYSICAL_TABLE,
            IpMib.NET_TO_MEDIA_TABLE,
            IfMib.IF_X_TABLE,
            CiscoVtpMib.VLAN_TABLE);
    assertThat(with.reads().perVlanTables().keySet())
        .containsExactly(BridgeMib.TP_FDB_TABLE, BridgeMib.BASE_PORT_TABLE);
    assertThat(without.reads().perVlan()).isEmpty();
    assertThat(InventoryReaders.readsEndpoints(with)).isTrue();
    assertThat(InventoryReaders.readsEndpoints(without)).isFalse();
  }
}
