package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decision rules of package-info, on hand-made findings. */
class DecisionTest {
  private static final VendorCatalogue C = Signals.CATALOGUE;
  private static final Vendor HUAWEI = C.vendor("huawei").orElseThrow();
  private static final Vendor CISCO = C.vendor("cisco").orElseThrow();
  private static final Vendor HIKVISION = C.vendor("hikvision").orElseThrow();
  private static final Vendor SYNOLOGY = C.vendor("synology").orElseThrow();
  private static final Vendor REGISTRANT = new Vendor("iana-pen-53058", "Baicells");

  private final Decision decision = new Decision(C);

  private static Evidence e(SignalSource s, Vendor v, Strength st) {
    return new Evidence(s, v, st, s + " " + v.id());
  }

  @Test
  void firstDefinitiveWinsHighWithASecondSource() {
    Findings f = new Findings();
    f.add(e(SignalSource.SYS_OBJECT_ID, HUAWEI, Strength.DEFINITIVE));
    f.add(e(SignalSource.SYS_DESCR, HUAWEI, Strength.WEAK));
    Identification id = decision.device(f);
    assertThat(id.vendor()).contains(HUAWEI);
    assertThat(id.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(id.notes()).isEmpty();
  }

  @Test
  void definitiveDisagreementIsAConflictAtLowConfidence() {
    Findings f = new Findings();
    f.add(e(SignalSource.SYS_OBJECT_ID, CISCO, Strength.DEFINITIVE));
    f.add(e(SignalSource.SYS_DESCR, HUAWEI, Strength.DEFINITIVE));
    Identification id = decision.device(f);
    assertThat(id.vendor()).contains(CISCO);
    assertThat(id.confidence()).isEqualTo(Confidence.LOW);
    assertThat(id.conflicts())
        .containsExactly(
            "definitive signals name different makers: SYS_OBJECT_ID cisco | SYS_DESCR huawei");
    assertThat(id.namedVendors()).containsExactly(CISCO, HUAWEI);
  }

  @Test
  void twoWeakSourcesIdentifyAtMedium() {
    Findings f = new Findings();
    f.add(e(SignalSource.SYS_OBJECT_ID, HUAWEI, Strength.WEAK));
    f.add(e(SignalSource.ENGINE_ID, HUAWEI, Strength.WEAK));
    assertThat(decision.device(f).confidence()).isEqualTo(Confidence.MEDIUM);
    Findings one = new Findings();
    one.add(e(SignalSource.SYS_OBJECT_ID, HUAWEI, Strength.WEAK));
    one.add(e(SignalSource.SYS_OBJECT_ID, HUAWEI, Strength.WEAK));
    Identification id = decision.device(one);
    assertThat(id.vendor()).as("same source twice is one source; Huawei is watched").isEmpty();
    assertThat(id.notes())
        .contains(
            "sysObjectID is weak evidence for Huawei Technologies and needs a second signal"
                + " (SYS_OBJECT_ID huawei)");
  }

  @Test
  void weakEvidenceForAnotherMakerIsSetAside() {
    Findings f = new Findings();
    f.add(e(SignalSource.SYS_OBJECT_ID, CISCO, Strength.DEFINITIVE));
    f.add(e(SignalSource.OUI, HUAWEI, Strength.WEAK));
    Identification id = decision.device(f);
    assertThat(id.conflicts()).isEmpty();
    assertThat(id.notes())
        .containsExactly(
            "MAC registrant weak evidence for Huawei Technologies set aside: a stronger signal"
                + " names Cisco Systems (OUI huawei)");
  }

  @Test
  void uncontestedOuiIdentifiesAloneButNotAgainstAnotherMaker() {
    Findings f = new Findings();
    f.addOuiFallback(e(SignalSource.OUI, HIKVISION, Strength.WEAK));
    f.addRegistrant(e(SignalSource.SYS_OBJECT_ID, REGISTRANT, Strength.WEAK));
    Identification id = decision.device(f);
    assertThat(id.vendor()).as("a registrant does not contest").contains(HIKVISION);
    assertThat(id.confidence()).isEqualTo(Confidence.LOW);
    assertThat(id.notes()).first().asString().startsWith("identified from a single weak source");

    f.add(e(SignalSource.SERVED_MIB, SYNOLOGY, Strength.WEAK));
    assertThat(decision.device(f).vendor()).isEmpty();
  }

  @Test
  void singleSignalFallbackOnlyForUnwatchedNonOuiDevices() {
    Findings synology = new Findings();
    synology.add(e(SignalSource.SERVED_MIB, SYNOLOGY, Strength.WEAK));
    assertThat(decision.device(synology).vendor()).contains(SYNOLOGY);
    assertThat(decision.component(synology).vendor()).as("never for a component").isEmpty();

    Findings huawei = new Findings();
    huawei.add(e(SignalSource.SERVED_MIB, HUAWEI, Strength.WEAK));
    assertThat(decision.device(huawei).vendor()).as("watched").isEmpty();
  }

  @Test
  void nicMacCorroboratesOnlyAnotherSourceNamingTheSameUnwatchedMaker() {
    Vendor nvidia = C.vendor("nvidia").orElseThrow();
    Findings f = new Findings();
    f.add(e(SignalSource.SYS_DESCR, nvidia, Strength.WEAK));
    f.addCorroborating(e(SignalSource.OUI, nvidia, Strength.WEAK));
    Identification id = decision.device(f);
    assertThat(id.vendor()).contains(nvidia);
    assertThat(id.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(id.evidence()).hasSize(2);

    Findings alone = new Findings();
    alone.addCorroborating(e(SignalSource.OUI, nvidia, Strength.WEAK));
    Identification none = decision.device(alone);
    assertThat(none.evidence()).isEmpty();
    assertThat(none.notes()).containsExactly("no maker evidence in sysDescr or sysObjectID");
  }

  @Test
  void everySourceHasAName() {
    for (SignalSource s : SignalSource.values()) {
      assertThat(Decision.describe(s)).isNotBlank();
    }
    assertThat(Decision.describe(SignalSource.SIGNATURE)).isEqualTo("signature");
  }
}
