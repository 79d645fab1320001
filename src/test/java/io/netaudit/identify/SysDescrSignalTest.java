package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SystemMib;
import org.junit.jupiter.api.Test;

class SysDescrSignalTest {
  private final Signal signal = new SysDescrSignal(Signals.CATALOGUE);

  private Findings run(String descr) {
    return Signals.run(signal, Observations.of(descr, ""));
  }

  @Test
  void readsSysDescr() {
    assertThat(signal.reads().scalars()).containsExactly(SystemMib.SYS_DESCR);
  }

  @Test
  void onePieceOfEvidencePerMakerTheFirstDefinitiveRule() {
    Findings f =
        run("Huawei Versatile Routing Platform Software VRP (R) software, Copyright HUAWEI");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.strength()).isEqualTo(Strength.DEFINITIVE);
              assertThat(e.detail())
                  .isEqualTo(
                      "sysDescr matches rule huawei-vrp (\"Versatile Routing Platform\") = Huawei"
                          + " Technologies");
            });
  }

  @Test
  void weakRuleIsTagged() {
    assertThat(run("Linux GSE200M 2.6.27").evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).startsWith("sysDescr matches rule huawei-smu-board (weak) (");
            });
  }

  @Test
  void wordsOnly() {
    assertThat(run("AZTECH DSL600EW ADSL Router").evidence())
        .noneMatch(e -> e.vendor().id().equals("zte"));
  }

  @Test
  void emptyIsANote() {
    assertThat(run(" \r\n").notes()).containsExactly("sysDescr empty: no text evidence");
    assertThat(run(null).notes()).containsExactly("sysDescr empty: no text evidence");
  }

  @Test
  void aRememberedTextGivesTheSameEvidenceAndTextsDoNotMix() {
    String huawei = "Huawei Versatile Routing Platform Software VRP (R) software";
    String aztech = "AZTECH DSL600EW ADSL Router";
    var first = run(huawei).evidence();
    assertThat(run(aztech).evidence()).noneMatch(e -> e.vendor().id().equals("huawei"));
    assertThat(run(huawei).evidence()).isEqualTo(first).isNotEmpty();
    // More distinct texts than are remembered: the first is forgotten and matched afresh.
    for (int i = 0; i <= SysDescrSignal.REMEMBERED; i++) {
      run("Linux host-" + i);
    }
    assertThat(run(huawei).evidence()).isEqualTo(first);
  }
}
