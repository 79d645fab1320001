package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SystemMib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysObjectIdSignalTest {
  private final Signal signal = new SysObjectIdSignal(Signals.CATALOGUE, Signals.registrants());

  private Findings run(String oid) {
    return Signals.run(signal, Observations.of("", oid));
  }

  @Test
  void readsSysObjectId() {
    assertThat(signal.reads().scalars()).containsExactly(SystemMib.SYS_OBJECT_ID);
  }

  @Test
  void definitiveNumberIsDefinitiveEvidence() {
    Findings f = run("1.3.6.1.4.1.2011.2.23.96");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.SYS_OBJECT_ID);
              assertThat(e.strength()).isEqualTo(Strength.DEFINITIVE);
              assertThat(e.detail())
                  .isEqualTo(
                      "sysObjectID \"1.3.6.1.4.1.2011.2.23.96\": enterprise 2011 = Huawei Technologies");
            });
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void weakNumberQuotesItsNotes() {
    Findings f = run("1.3.6.1.4.1.25506.1.244");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.vendor().id()).isEqualTo("h3c");
              assertThat(e.detail())
                  .startsWith(
                      "sysObjectID \"1.3.6.1.4.1.25506.1.244\": enterprise 25506 (weak) = ");
            });
  }

  @Test
  void genericNumberIsANote() {
    Findings f = run("1.3.6.1.4.1.8072.3.2.10");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).singleElement().asString().startsWith("enterprise 8072 says nothing");
  }

  @Test
  void numberOutsideTheCatalogueGoesToTheRegistry() {
    Findings f = run("1.3.6.1.4.1.53058.1");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("iana-pen-53058");
              assertThat(f.registrants()).contains(e);
            });
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                     | sysObjectID missing: no enterprise number
          '  '                   | sysObjectID missing: no enterprise number
          0.0                    | sysObjectID "0.0" is not under 1.3.6.1.4.1 (enterprises): no enterprise number
          1.3.6.1.4.1            | sysObjectID "1.3.6.1.4.1" stops at 1.3.6.1.4.1 (no enterprise arc): no enterprise number
          1.3.6.1.4.1..9         | sysObjectID "1.3.6.1.4.1..9" is malformed: no enterprise number
          1.3.6.1.4.1.4294967296 | sysObjectID "1.3.6.1.4.1.4294967296" has an arc above 4294967295: no enterprise number
          """)
  void unusableSysObjectIdIsANote(String oid, String note) {
    Findings f = run(oid);
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).containsExactly(note);
  }

  @Test
  void leadingDotIsAcceptedAndQuotedAsAnswered() {
    assertThat(run(".1.3.6.1.4.1.9.1.1").evidence())
        .singleElement()
        .extracting(Evidence::detail)
        .asString()
        .startsWith("sysObjectID \".1.3.6.1.4.1.9.1.1\": enterprise 9 = ");
  }
}
