package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServedMibSignalTest {
  private final Signal signal = new ServedMibSignal(Signals.CATALOGUE, Signals.registrants());

  private Findings run(String oid, List<Long> served) {
    return Signals.run(
        signal,
        Observations.builder()
            .text(SystemMib.SYS_OBJECT_ID, oid)
            .servedEnterprises(served)
            .build());
  }

  @Test
  void asksForTheServedEnterprises() {
    assertThat(signal.reads()).isEqualTo(Reads.SERVED_ENTERPRISES);
  }

  @Test
  void catalogueNumberIsWeakEvidenceOncePerMaker() {
    Findings f = run("1.3.6.1.4.1.8072.3.2.10", List.of(6574L, 6574L));
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.SERVED_MIB);
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail())
                  .startsWith("served MIB 1.3.6.1.4.1.6574: enterprise 6574 = ")
                  .endsWith(" (weak: agents may implement another maker's MIB)");
            });
  }

  @Test
  void theDevicesOwnNumbersAndGenericStacksAreNotes() {
    Findings f = run("1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.1", List.of(89L, 4526L, 2021L));
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).hasSize(2);
    assertThat(f.notes().get(0))
        .isEqualTo(
            "served MIB under enterprise 89, 4526 is the sysObjectID's or engine ID's own: not an"
                + " independent signal");
    assertThat(f.notes().get(1)).startsWith("served MIB under generic enterprise 2021 (");
  }

  @Test
  void engineIdsNumberIsTheDevicesOwn() {
    Findings f =
        Signals.run(
            signal,
            Observations.builder()
                .engineId(
                    Optional.of(EngineId.decode(HexFormat.of().parseHex("8000c35103c056e3000001"))))
                .servedEnterprises(List.of(50001L))
                .build());
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).singleElement().asString().contains("enterprise 50001 is the");
  }

  @Test
  void atMostEightAreLookedAt() {
    List<Long> many = List.of(53058L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    Findings f = run("", many);
    assertThat(f.notes()).contains("more than 8 served enterprises: the rest are not looked at");
    assertThat(run("", List.of(-1L, 4294967296L)).notes()).isEmpty();
  }
}
