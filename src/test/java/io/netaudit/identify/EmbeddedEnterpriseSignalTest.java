package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedEnterpriseSignalTest {
  private final Signal signal = new EmbeddedEnterpriseSignal(Signals.CATALOGUE);

  private Findings run(String oid) {
    return Signals.run(signal, Observations.of("", oid));
  }

  @Test
  void oemNumberAfterAGenericStackCountsAsTheSysObjectIds() {
    Findings f = run("1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.SYS_OBJECT_ID);
              assertThat(e.vendor().id()).isEqualTo("netgear");
              assertThat(e.detail())
                  .startsWith(
                      "sysObjectID \"1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25\" embeds"
                          + " enterprise 4526");
            });
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void onlyAfterAGenericOwnNumber() {
    // Cisco's own number is not generic: whatever follows is Cisco's product arc
    assertThat(run("1.3.6.1.4.1.9.1.3.6.1.4.1.2011.1").evidence()).isEmpty();
  }

  @Test
  void nothingEmbeddedOrUnusableGivesNothing() {
    assertThat(run("1.3.6.1.4.1.8072.3.2.10").evidence()).isEmpty();
    Findings f = run("not an oid");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).as("SysObjectIdSignal notes it").isEmpty();
  }
}
