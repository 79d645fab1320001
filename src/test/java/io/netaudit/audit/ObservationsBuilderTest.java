package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Observations;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationsBuilderTest {
  @Test
  void everythingTheProbeReadButNameLocationAndContact() throws Exception {
    Oid model = Oid.parse("1.3.6.1.4.1.39165.1.1.0");
    TableRow chassis =
        TableRow.of(
            EntityMib.ENT_PHYSICAL_TABLE,
            Oid.of(1),
            Map.of(EntityMib.MFG_NAME, DeviceString.of("ZTE")));
    Inventory inv =
        new Inventory(
                Map.of(model, DeviceString.of("DS-2CD")),
                Map.of(EntityMib.ENT_PHYSICAL_TABLE, List.of(chassis)),
                null,
                List.of(39165L),
                List.of())
            .withEngineId(HexFormat.of().parseHex("800007db03286ed4a1b2c3"));
    SystemInfo system =
        new SystemInfo(
            DeviceString.of(new byte[] {'Z', 'T', 'E', (byte) 0xa9}),
            "1.3.6.1.4.1.3902.3",
            DeviceString.of("secret-site-name"),
            DeviceString.of("Huawei campus"),
            DeviceString.of("noc"),
            1L,
            6);
    ProbeResult probe =
        new ProbeResult(
            InetAddress.getByName("127.0.0.5"),
            ProbeStatus.ANSWERED,
            system,
            inv,
            SnmpVersion.V2C,
            "c",
            Instant.EPOCH,
            "");
    Observations o = ObservationsBuilder.of(probe);
    assertThat(o.sysDescr()).isEqualTo("ZTE\u00a9");
    assertThat(o.sysObjectId()).isEqualTo("1.3.6.1.4.1.3902.3");
    assertThat(o.text(model)).isEqualTo("DS-2CD");
    assertThat(o.rows(EntityMib.ENT_PHYSICAL_TABLE)).containsExactly(chassis);
    assertThat(o.engineId()).hasValueSatisfying(e -> assertThat(e.enterprise()).isEqualTo(2011));
    assertThat(o.servedEnterprises()).containsExactly(39165L);
    assertThat(o.scalars().values())
        .extracting(DeviceString::text)
        .doesNotContain("secret-site-name", "Huawei campus", "noc");
  }

  @Test
  void engineIdOnlyDeviceHasNoSystemGroup() throws Exception {
    ProbeResult probe =
        new ProbeResult(
            InetAddress.getByName("127.0.0.5"),
            ProbeStatus.ENGINE_ID_ONLY,
            null,
            Inventory.EMPTY.withEngineId(HexFormat.of().parseHex("800007db0480737769746368")),
            null,
            "",
            Instant.EPOCH,
            "");
    Observations o = ObservationsBuilder.of(probe);
    assertThat(o.sysDescr()).isEmpty();
    assertThat(o.sysObjectId()).isEmpty();
    assertThat(o.engineId()).isPresent();
  }
}
