package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SystemMib;
import org.junit.jupiter.api.Test;

/** The bundled signature: Hytera's bare lwIP number without a sysDescr. */
class SignatureSignalTest {
  private static final String BARE_LWIP = "1.3.6.1.4.1.26381";
  private final Signal signal = new SignatureSignal(Signals.CATALOGUE);

  @Test
  void readsTheSystemGroupOnly() {
    assertThat(signal.reads().scalars())
        .containsExactlyInAnyOrder(SystemMib.SYS_OBJECT_ID, SystemMib.SYS_DESCR);
  }

  @Test
  void bareNumberAndNoSysDescrIsTheSignature() {
    Findings f = Signals.run(signal, Observations.of(null, " ." + BARE_LWIP));
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.SIGNATURE);
              assertThat(e.vendor().id()).isEqualTo("hytera");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).startsWith("no sysDescr beside lwIP's bare enterprise number");
            });
  }

  @Test
  void anySysDescrOrAProductArcIsNot() {
    assertThat(Signals.run(signal, Observations.of("lwIP", BARE_LWIP)).evidence()).isEmpty();
    assertThat(Signals.run(signal, Observations.of("", BARE_LWIP + ".1")).evidence()).isEmpty();
    assertThat(Signals.run(signal, Observations.of("", "garbage")).evidence()).isEmpty();
  }

  @Test
  void onlyWhenNothingElseNamesAMaker() {
    Observations o = Observations.of("", BARE_LWIP);
    Findings other = new Findings();
    other.add(
        new Evidence(
            SignalSource.ENTITY_MFG, new Vendor("hp", "HP"), Strength.WEAK, "entPhysical HP"));
    signal.collect(o, other);
    assertThat(other.evidence()).extracting(e -> e.vendor().id()).containsExactly("hp");

    Findings same = new Findings();
    same.add(
        new Evidence(
            SignalSource.SYS_OBJECT_ID,
            Signals.CATALOGUE.vendor("hytera").orElseThrow(),
            Strength.WEAK,
            "26381"));
    signal.collect(o, same);
    assertThat(same.evidence())
        .extracting(Evidence::source)
        .containsExactly(SignalSource.SYS_OBJECT_ID, SignalSource.SIGNATURE);
  }
}
