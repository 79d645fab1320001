package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrantsTest {
  private final Registrants registrants = Signals.registrants();

  @Test
  void registrantOutsideTheCatalogueIsItsOwnOrganisation() {
    Findings f = new Findings();
    registrants.collect(53058, SignalSource.SERVED_MIB, "served MIB 1.3.6.1.4.1.53058", f);
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo(Identifier.REGISTRANT_PREFIX + "53058");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail())
                  .startsWith("served MIB 1.3.6.1.4.1.53058: enterprise 53058 = \"")
                  .endsWith("(IANA registrant; not a catalogue maker)");
              assertThat(f.registrants()).containsExactly(e);
            });
  }

  @Test
  void registrantNamingACatalogueMakerIsWeakEvidenceForIt() {
    Findings f = new Findings();
    registrants.collect(48690, SignalSource.SYS_OBJECT_ID, "sysObjectID \"x\"", f);
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("teltonika");
              assertThat(e.detail()).contains("(not in the catalogue) is registered to");
            });
    assertThat(f.registrants()).isEmpty();
  }

  @Test
  void unassignedNumberIsANote() {
    Findings f = new Findings();
    new Registrants(Signals.CATALOGUE, Registries.empty())
        .collect(53058, SignalSource.ENGINE_ID, "engine ID 00", f);
    assertThat(f.notes())
        .containsExactly(
            "enterprise 53058 (engine ID 00) is not in the catalogue nor in the IANA registry");
  }
}
