package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.IfMib;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OuiSignalTest {
  private final Signal signal = new OuiSignal(Signals.CATALOGUE, Signals.REGISTRIES);

  private Findings run(String... macs) {
    return Signals.run(
        signal, TestObservations.of("", "", Map.of(), List.of(), List.of(macs), Optional.empty()));
  }

  @Test
  void readsIfPhysAddress() {
    assertThat(signal.reads().columns()).containsExactly(IfMib.PHYS_ADDRESS);
  }

  @Test
  void deviceMakerUnderADefinitiveNameMayIdentifyAlone() {
    Findings f = run("c0:56:e3:12:34:56", "c0:56:e3:12:34:57", "c2:56:e3:12:34:56");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.OUI);
              assertThat(e.vendor().id()).isEqualTo("hikvision");
              assertThat(e.detail())
                  .startsWith(
                      "ifPhysAddress MAC c0:56:e3:12:34:56 (2 of 3 MACs): IEEE MA-L C056E3 ")
                  .endsWith(" (weak; identifies alone only when uncontested)");
              assertThat(f.ouiFallback()).contains(e);
            });
    assertThat(f.notes())
        .containsExactly(
            "ifPhysAddress: 1 locally administered or group MAC address(es) have no registrant");
  }

  @Test
  void nicMakerOnlyCorroborates() {
    Findings f = run("00:25:90:01:02:03");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.corroborating())
        .singleElement()
        .extracting(Evidence::detail)
        .asString()
        .endsWith(" (weak; a NIC/board maker: corroborates only)");
    assertThat(f.notes()).singleElement().asString().contains("makes NICs/boards");
  }

  @Test
  void zeroBroadcastRepeatsAndNonAddressesAreSkipped() {
    Findings f = run("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "zz", "");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void engineIdMacIsAnOriginOfItsOwn() {
    Findings f =
        Signals.run(
            signal,
            Observations.builder()
                .engineId(
                    Optional.of(EngineId.decode(HexFormat.of().parseHex("800007db03286ed4a1b2c3"))))
                .build());
    assertThat(f.evidence())
        .singleElement()
        .extracting(Evidence::detail)
        .asString()
        .startsWith("engine ID MAC 28:6e:d4:a1:b2:c3: IEEE ");
  }

  @Test
  void unknownRegistrantsAreCounted() {
    Findings bare =
        Signals.run(
            new OuiSignal(Signals.CATALOGUE, Registries.empty()),
            TestObservations.of(
                "", "", Map.of(), List.of(), List.of("c0:56:e3:12:34:56"), Optional.empty()));
    assertThat(bare.notes())
        .containsExactly("ifPhysAddress: 1 MAC address(es) not in the OUI registry (undated)");
  }
}
