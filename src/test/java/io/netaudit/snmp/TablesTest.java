package io.netaudit.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table ids, their columns, rows read by column, and the MIB definitions. */
class TablesTest {
  @Test
  void columnOidIsTheEntryAndTheNumber() {
    assertThat(EntityMib.MFG_NAME.oid()).hasToString("1.3.6.1.2.1.47.1.1.1.1.12");
    assertThat(EntityMib.MFG_NAME.table()).isSameAs(EntityMib.ENT_PHYSICAL_TABLE);
    assertThat(IfMib.PHYS_ADDRESS.oid()).hasToString("1.3.6.1.2.1.2.2.1.6");
    assertThat(LldpMib.SYS_DESC.oid()).hasToString("1.0.8802.1.1.2.1.4.1.1.10");
    assertThat(LldpMib.MAN_ADDR_IF_SUBTYPE.oid()).hasToString("1.0.8802.1.1.2.1.4.2.1.3");
    assertThat(CdpMib.PLATFORM.oid()).hasToString("1.3.6.1.4.1.9.9.23.1.2.1.1.8");
    assertThat(SystemMib.GROUP)
        .extracting(Oid::toString)
        .containsExactly(
            "1.3.6.1.2.1.1.1.0",
            "1.3.6.1.2.1.1.2.0",
            "1.3.6.1.2.1.1.3.0",
            "1.3.6.1.2.1.1.4.0",
            "1.3.6.1.2.1.1.5.0",
            "1.3.6.1.2.1.1.6.0",
            "1.3.6.1.2.1.1.7.0");
    assertThatThrownBy(() -> IfMib.IF_TABLE.column(0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The names notes and the report detail show ("entPhysicalTable walk stopped at ..."). */
  @Test
  void tableNamesAreTheMibNames() {
    assertThat(
            List.of(
                EntityMib.ENT_PHYSICAL_TABLE,
                IfMib.IF_TABLE,
                LldpMib.REM_TABLE,
                LldpMib.REM_MAN_ADDR_TABLE,
                CdpMib.CACHE_TABLE))
        .extracting(TableId::name)
        .containsExactly(
            "entPhysicalTable", "ifTable", "lldpRemTable", "lldpRemManAddrTable", "cdpCacheTable");
  }

  @Test
  void rowIsReadByColumnOfItsOwnTable() {
    TableRow row =
        TableRow.of(IfMib.IF_TABLE, Oid.of(3), Map.of(IfMib.PHYS_ADDRESS, DeviceString.of("x")));
    assertThat(row.get(IfMib.PHYS_ADDRESS).text()).isEqualTo("x");
    assertThat(row.get(IfMib.IF_TABLE.column(2, "ifDescr"))).isEqualTo(DeviceString.EMPTY);
    assertThatThrownBy(() -> row.get(EntityMib.DESCR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entPhysicalDescr is not a column of ifTable");
    assertThatThrownBy(
            () ->
                TableRow.of(IfMib.IF_TABLE, Oid.of(1), Map.of(EntityMib.DESCR, DeviceString.EMPTY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inventoryHoldsScalarsAndRowsByTable() {
    TableRow row = TableRow.of(IfMib.IF_TABLE, Oid.of(1), Map.of());
    Oid model = Oid.parse("1.3.6.1.4.1.39165.1.1.0");
    Inventory inv =
        new Inventory(
            Map.of(model, DeviceString.of("DS-2CD")),
            Map.of(IfMib.IF_TABLE, List.of(row)),
            null,
            List.of(6574L),
            List.of());
    assertThat(inv.scalar(model).map(DeviceString::text)).hasValue("DS-2CD");
    assertThat(inv.rows(IfMib.IF_TABLE)).containsExactly(row);
    assertThat(inv.rows(EntityMib.ENT_PHYSICAL_TABLE)).isEmpty();
    byte[] id = {(byte) 0x80, 0, 7, (byte) 0xdb, 4};
    Inventory withId = inv.withEngineId(id);
    id[0] = 0;
    assertThat(withId.engineId()[0]).as("copied in").isEqualTo((byte) 0x80);
    assertThat(withId.rows(IfMib.IF_TABLE)).containsExactly(row);
    assertThat(Inventory.EMPTY.engineId()).isNull();
  }
}
