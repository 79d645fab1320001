package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.EntityMib;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityChassisSignalTest {
  private final Signal signal = new EntityChassisSignal(Signals.CATALOGUE);

  private Findings run(EntityRow... rows) {
    return Signals.run(
        signal, TestObservations.of("", "", Map.of(), List.of(rows), List.of(), Optional.empty()));
  }

  private static EntityRow row(int index, int cls, int in, String descr, String mfg, String model) {
    return new EntityRow(index, cls, in, descr, "", "", "", "", "", mfg, model);
  }

  @Test
  void readsTheEntPhysicalColumnsTheReportUses() {
    assertThat(signal.reads().columns())
        .allMatch(c -> c.table().equals(EntityMib.ENT_PHYSICAL_TABLE))
        .contains(EntityMib.MFG_NAME, EntityMib.MODEL_NAME, EntityMib.CLASS, EntityMib.SERIAL_NUM)
        .hasSize(10);
  }

  @Test
  void chassisManufacturerNamesTheMaker() {
    Findings f =
        run(
            row(1, 3, 0, "S5720", "HUAWEI\0\0", ""),
            row(5, 10, 1, "SFP", "Cisco Systems", "SFP-10G-SR"));
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.ENTITY_MFG);
              assertThat(e.vendor().id()).isEqualTo("huawei");
              assertThat(e.detail())
                  .isEqualTo("entPhysicalMfgName.1 \"HUAWEI\" (chassis) = Huawei Technologies");
            });
  }

  @Test
  void modelThenDescriptionWhenTheManufacturerNamesNobody() {
    Findings f = run(row(1, 3, 0, "Cisco Catalyst", "Acme", "Huawei S5720"));
    assertThat(f.notes())
        .containsExactly("entPhysicalMfgName.1 \"Acme\" (chassis) names no catalogue maker");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail())
                  .startsWith("entPhysicalModelName.1 \"Huawei S5720\" (chassis;");
            });
    assertThat(run(row(1, 3, 0, "Cisco Catalyst 9300", "", "C9300")).evidence())
        .singleElement()
        .extracting(Evidence::detail)
        .asString()
        .startsWith("entPhysicalDescr.1 ");
  }

  @Test
  void noChassisRowIsANote() {
    assertThat(run(row(1, 10, 7, "port", "Huawei", "")).notes())
        .containsExactly("entPhysicalTable has no chassis row: component makers only");
    assertThat(run().notes()).isEmpty();
  }
}
