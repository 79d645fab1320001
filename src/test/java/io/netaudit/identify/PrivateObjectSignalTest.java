package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Oid;
import io.netaudit.snmp.SystemMib;
import org.junit.jupiter.api.Test;

class PrivateObjectSignalTest {
  private static final Oid HIK_MODEL = Oid.parse("1.3.6.1.4.1.39165.1.1.0");
  private static final Oid UPS_MANUFACTURER = Oid.parse("1.3.6.1.2.1.33.1.1.1.0");
  private final Signal signal = new PrivateObjectSignal(Signals.CATALOGUE);

  private Findings run(Oid oid, String value) {
    return Signals.run(signal, Observations.builder().text(oid, value).build());
  }

  @Test
  void readsEveryCatalogueObjectOnceInFileOrder() {
    assertThat(signal.reads().scalars())
        .startsWith(HIK_MODEL)
        .contains(UPS_MANUFACTURER)
        .doesNotHaveDuplicates()
        .doesNotContain(SystemMib.SYS_DESCR);
    assertThat(signal.reads().columns()).isEmpty();
  }

  @Test
  void matchingValueIsEvidenceOfTheRowsStrength() {
    Findings f = run(HIK_MODEL, "DS-2CD2185FWD-I\0\0");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.PRIVATE_OID);
              assertThat(e.strength()).isEqualTo(Strength.DEFINITIVE);
              assertThat(e.detail())
                  .isEqualTo(
                      "private object 1.3.6.1.4.1.39165.1.1.0 = \"DS-2CD2185FWD-I\" = Hangzhou"
                          + " Hikvision Digital Technology");
            });
  }

  @Test
  void valueThatDoesNotMatchIsANote() {
    Findings f = run(HIK_MODEL, "SyncServer S650");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).singleElement().asString().contains("does not look like", "not evidence");
    assertThat(run(HIK_MODEL, "  ").notes()).isEmpty();
  }

  @Test
  void manufacturerFieldGoesThroughMakerNames() {
    Findings f = run(UPS_MANUFACTURER, "HUAWEI");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("huawei");
              assertThat(e.detail()).contains("(manufacturer) = ");
            });
    assertThat(run(UPS_MANUFACTURER, "Acme Power").notes())
        .containsExactly("object 1.3.6.1.2.1.33.1.1.1.0 = \"Acme Power\" names no catalogue maker");
  }

  @Test
  void unansweredObjectsSayNothing() {
    Findings f = Signals.run(signal, Observations.of("x", "1.3.6.1.4.1.9"));
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).isEmpty();
  }
}
