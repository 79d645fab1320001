package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.snmp.SystemMib;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Recog signal on small facts, and the reading of Recog's XML. */
class RecogSignalTest {
  private final Signal signal = new RecogSignal(Signals.CATALOGUE);

  private Findings run(String descr, String oid) {
    return Signals.run(signal, Observations.of(descr, oid));
  }

  @Test
  void readsSysDescrAndSysObjectId() {
    assertThat(signal.reads().scalars())
        .containsExactlyInAnyOrder(SystemMib.SYS_DESCR, SystemMib.SYS_OBJECT_ID);
  }

  @Test
  void anchoredProductOfAnUnwatchedMakerIsDefinitiveOutsideTheCatalogue() {
    assertThat(run("Lantronix UDS1100 V6.6.0.2 (071022)", "").evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor()).isEqualTo(new Vendor("recog-lantronix", "Lantronix"));
              assertThat(e.strength()).isEqualTo(Strength.DEFINITIVE);
              assertThat(e.source()).isEqualTo(SignalSource.SYS_DESCR);
              assertThat(e.detail()).startsWith("sysDescr matches Recog fingerprint \"");
            });
  }

  @Test
  void catalogueMakerThroughMakerNames() {
    // os.vendor "Zyxel" is the catalogue's zyxel
    assertThat(run("Prestige 660HW-61", "").evidence())
        .anySatisfy(e -> assertThat(e.vendor().id()).isEqualTo("zyxel"));
  }

  @Test
  void recogVendorIsTheSysObjectIdRegistrantWhenItsNameStartsWithIt() {
    Findings f = new Findings();
    Vendor registrant = new Vendor("iana-pen-244", "Lantronix, Inc.");
    f.addRegistrant(new Evidence(SignalSource.SYS_OBJECT_ID, registrant, Strength.WEAK, "x"));
    signal.collect(Observations.of("Lantronix UDS1100 V6.6.0.2 (071022)", ""), f);
    assertThat(f.evidence()).last().satisfies(e -> assertThat(e.vendor()).isEqualTo(registrant));
  }

  @Test
  void watchedMakerIsAlwaysWeak() {
    Findings f = run("HUAWEI-3COM WBR-204g", "");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("h3c");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).contains("never names a watched maker");
            });
  }

  @Test
  void genericOperatingSystemNamesNoMaker() {
    Findings f = run("Linux gw 5.10.0-21-amd64 #1 SMP Debian 5.10.162-1 x86_64", "");
    assertThat(f.evidence()).isEmpty();
    assertThat(f.notes()).anyMatch(n -> n.contains("runs Linux"));
    Findings netSnmp = run("", "1.3.6.1.4.1.8072.3.2.10");
    assertThat(netSnmp.evidence()).isEmpty();
    assertThat(netSnmp.notes()).anyMatch(n -> n.contains("runs Linux"));
  }

  @Test
  void unanchoredOrUncertainPatternsAreWeak() {
    // "VRP[^V]*Version ..." (not anchored) names Huawei: weak, and Huawei is watched anyway;
    // Cisco IOS fingerprints declare os.certainty 0.85
    Findings ios =
        run(
            "Cisco Internetwork Operating System Software \nIOS (tm) C2600 Software (C2600-I-M),"
                + " Version 12.0(3)T3,  RELEASE SOFTWARE (fc1)",
            "");
    assertThat(ios.evidence())
        .anySatisfy(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("cisco");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).contains("certainty 0.85");
            });
  }

  @Test
  void makerAlreadyNamedByASysDescrRuleAddsNothing() {
    Findings f = new Findings();
    new SysDescrSignal(Signals.CATALOGUE)
        .collect(Observations.of("Prestige 660HW-61 ZyXEL", ""), f);
    int before = f.evidence().size();
    signal.collect(Observations.of("Prestige 660HW-61 ZyXEL", ""), f);
    assertThat(f.evidence()).hasSize(before);
  }

  @Test
  void literalPrefixRulesOutWithoutTheRegex() {
    RecogFingerprint.Literal l =
        RecogFingerprint.Literal.of("(?i)^3Com (\\S+) Network Jack$", false);
    assertThat(l.text()).isEqualTo("3Com ");
    assertThat(l.ignoreCase()).isTrue();
    assertThat(l.mayMatch("first line\n3COM NJ200 Network Jack")).isTrue();
    assertThat(l.mayMatch("A 3Com NJ200")).isFalse();
    assertThat(RecogFingerprint.Literal.of("^ab?c", false).text()).isEqualTo("a");
    assertThat(RecogFingerprint.Literal.of("\\AFoo\\.Bar", false))
        .isEqualTo(new RecogFingerprint.Literal("Foo.Bar", false, true, true));
    assertThat(RecogFingerprint.Literal.of("(\\S+) x", false).anchored()).isFalse();
    assertThat(RecogFingerprint.Literal.of("^(\\S+) x", false))
        .isEqualTo(new RecogFingerprint.Literal("", false, false, true));
    assertThat(RecogFingerprint.Literal.of("^(\\S+) x", false).mayMatch("anything")).isTrue();
  }

  @Test
  void rubyLineAnchorsHoldAtEveryNewline() throws VendorCatalogueException {
    RecogDatabase db =
        RecogDatabase.parse(
            CatalogueCsv.Source.ofText(
                "t.xml",
                "<fingerprints matches=\"snmp.sys_description\">"
                    + "<fingerprint pattern=\"^Model (\\S+)$\"><description>d</description>"
                    + "<example>x\nModel M1</example>"
                    + "<param pos=\"0\" name=\"hw.vendor\" value=\"Acme\"/>"
                    + "<param pos=\"1\" name=\"hw.product\"/></fingerprint></fingerprints>"));
    RecogFingerprint fp = db.fingerprints().get(0);
    assertThat(fp.match("header\nModel M1\r\nfooter")).isEmpty(); // \r is not a line end in Ruby
    assertThat(fp.match("header\nModel M1\nfooter").map(m -> fp.values(m).get("hw.product")))
        .contains("M1");
    assertThat(fp.examples()).hasSize(1);
  }

  @Test
  void brokenDatabasesSayWhereInOneLine() {
    for (String xml :
        List.of(
            "<fingerprints matches=\"x\"><fingerprint pattern=\"(\"></fingerprint></fingerprints>",
            "<fingerprints matches=\"x\"><fingerprint></fingerprint></fingerprints>",
            "<fingerprints matches=\"x\"><fingerprint pattern=\"a\" flags=\"REG_BOGUS\"/>",
            "<fingerprints><unclosed>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<fingerprints matches=\"x\">&e;</fingerprints>")) {
      assertThatThrownBy(() -> RecogDatabase.parse(CatalogueCsv.Source.ofText("b.xml", xml)))
          .isInstanceOf(VendorCatalogueException.class)
          .hasMessageStartingWith("b.xml:")
          .hasMessageNotContaining("\n")
          .hasMessageNotContaining("root:");
    }
  }
}
