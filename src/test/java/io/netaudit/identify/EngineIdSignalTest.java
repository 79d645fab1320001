package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineIdSignalTest {
  private final Signal signal = new EngineIdSignal(Signals.CATALOGUE, Signals.registrants());

  private Findings run(String hex) {
    return Signals.run(
        signal,
        Observations.builder()
            .engineId(Optional.of(EngineId.decode(HexFormat.of().parseHex(hex))))
            .build());
  }

  @Test
  void readsNothingThePlanFetches() {
    assertThat(signal.reads().isEmpty()).isTrue();
  }

  @Test
  void enterpriseIsWeakEvenForADefinitiveNumber() {
    assertThat(run("800007db03286ed4a1b2c3").evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.ENGINE_ID);
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.vendor().id()).isEqualTo("huawei");
              assertThat(e.detail())
                  .isEqualTo(
                      "engine ID 800007db03286ed4a1b2c3 (MAC): enterprise 2011 = Huawei"
                          + " Technologies (weak)");
            });
  }

  @Test
  void genericAndGarbledAreNotes() {
    assertThat(run("80001f888001020304050607").notes())
        .singleElement()
        .asString()
        .startsWith("engine ID 80001f888001020304050607: enterprise 8072 says nothing");
    assertThat(run("000000").notes())
        .containsExactly("engine ID 000000 is empty, too short or garbled: no enterprise number");
  }

  @Test
  void noEngineIdNothing() {
    Findings f = Signals.run(signal, Observations.of("", ""));
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).isEmpty();
  }
}
