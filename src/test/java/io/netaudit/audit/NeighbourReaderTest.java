package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Observations;
import io.netaudit.snmp.CdpMib;
import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.LldpMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighbourReaderTest {
  private static final byte[] MAC = {0x00, 0x19, (byte) 0xc6, 1, 2, 3};

  private static TableRow row(TableId t, Oid index, Object... columnsAndValues) {
    Map<ColumnId, DeviceString> v = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      Object value = columnsAndValues[i + 1];
      v.put(
          (ColumnId) columnsAndValues[i],
          value instanceof byte[] b ? DeviceString.of(b) : DeviceString.of((String) value));
    }
    return TableRow.of(t, index, v);
  }

  @Test
  void lldpRowsWithTheirManagementAddressAndCdpRows() throws Exception {
    InetAddress seenBy = InetAddress.getByName("127.0.0.9");
    Oid rem = Oid.of(0, 12, 1);
    Inventory inv =
        new Inventory(
            Map.of(),
            Map.of(
                LldpMib.REM_TABLE,
                List.of(
                    row(
                        LldpMib.REM_TABLE,
                        rem,
                        LldpMib.CHASSIS_ID_SUBTYPE,
                        "4",
                        LldpMib.CHASSIS_ID,
                        MAC,
                        LldpMib.SYS_NAME,
                        "zte-sw",
                        LldpMib.SYS_DESC,
                        "ZTE ZXR10"),
                    row(LldpMib.REM_TABLE, Oid.of(0, 13, 2), LldpMib.CHASSIS_ID_SUBTYPE, "7")),
                LldpMib.REM_MAN_ADDR_TABLE,
                List.of(
                    row(LldpMib.REM_MAN_ADDR_TABLE, rem.append(1, 4, 127, 77, 1, 7)),
                    row(LldpMib.REM_MAN_ADDR_TABLE, rem.append(1, 4, 127, 77, 1, 300))),
                CdpMib.CACHE_TABLE,
                List.of(
                    row(
                        CdpMib.CACHE_TABLE,
                        Oid.of(3, 1),
                        CdpMib.ADDRESS,
                        new byte[] {127, 77, 1, 8},
                        CdpMib.VERSION,
                        "Cisco IOS",
                        CdpMib.DEVICE_ID,
                        "core",
                        CdpMib.PLATFORM,
                        "C9300"))),
            null,
            List.of(),
            List.of());
    List<Neighbour> found = NeighbourReader.read(seenBy, inv);
    assertThat(found)
        .containsExactly(
            new Neighbour(
                InetAddress.getByName("127.77.1.7"),
                "zte-sw",
                "ZTE ZXR10",
                MacAddress.of(MAC).orElseThrow(),
                "LLDP",
                seenBy),
            new Neighbour(
                InetAddress.getByName("127.77.1.8"),
                "core",
                "Cisco IOS C9300",
                null,
                "CDP",
                seenBy));
    assertThat(found.get(0).key()).isEqualTo("mac:00:19:c6:01:02:03");
  }

  @Test
  void neighbourObservationsReadItsChassisMacAsAnInterfaceMac() throws Exception {
    Neighbour n =
        new Neighbour(
            null,
            "x",
            "ZTE ZXR10",
            MacAddress.of(MAC).orElseThrow(),
            "LLDP",
            InetAddress.getByName("127.0.0.9"));
    Observations o = ObservationsBuilder.of(n);
    assertThat(o.sysDescr()).isEqualTo("ZTE ZXR10");
    assertThat(o.scalar(SystemMib.SYS_OBJECT_ID)).isPresent();
    assertThat(o.rows(IfMib.IF_TABLE))
        .singleElement()
        .satisfies(r -> assertThat(r.get(IfMib.PHYS_ADDRESS).raw()).isEqualTo(MAC));
    Neighbour noMac =
        new Neighbour(null, "x", "d", null, "CDP", InetAddress.getByName("127.0.0.9"));
    assertThat(ObservationsBuilder.of(noMac).rows(IfMib.IF_TABLE)).isEmpty();
  }
}
