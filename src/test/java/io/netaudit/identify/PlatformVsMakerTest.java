package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a device runs on (a hypervisor's virtual NIC, a NIC or chip maker's part, a chip maker's
 * reference stack) is reported as the platform, never as the maker of a product that names itself
 * (issue 16).
 */
class PlatformVsMakerTest {
  private static final Identifier IDENTIFIER = new Identifier(Signals.CATALOGUE);

  private static Identification identify(String descr, String oid, String... macs) {
    return IDENTIFIER.identify(
        TestObservations.of(descr, oid, Map.of(), List.of(), List.of(macs), Optional.empty()));
  }

  private static List<String> platformIds(Identification id) {
    return id.platforms().stream().map(e -> e.vendor().id()).toList();
  }

  @Test
  void virtualApplianceIsItsProductsNotTheHypervisors() {
    // BroadSoft's enterprise number, VMware virtual NICs
    Identification id =
        identify(
            "Broadworks Application Server",
            "1.3.6.1.4.1.6431.1.1.8.1.2",
            "00:50:56:b3:ee:90",
            "00:50:56:b3:ee:91");
    assertThat(id.vendor()).map(Vendor::name).contains("BroadSoft, Inc.");
    assertThat(platformIds(id)).contains("vmware");
    assertThat(id.evidence()).noneMatch(e -> e.vendor().id().equals("vmware"));
  }

  @Test
  void hypervisorsWithoutAnIeeeRegistrantAreKnownByTheirPrefix() {
    Identification kvm = identify("Linux vm 5.10", "1.3.6.1.4.1.8072.3.2.10", "52:54:00:12:34:56");
    assertThat(kvm.vendor()).isEmpty();
    assertThat(platformIds(kvm)).contains("qemu", "net-snmp");
    assertThat(kvm.platforms())
        .anySatisfy(e -> assertThat(e.detail()).contains("52:54:00:12:34:56", "qemu-kvm-mac"));
    Identification vbox = identify("Linux vm", "1.3.6.1.4.1.8072.3.2.10", "08:00:27:aa:bb:cc");
    assertThat(platformIds(vbox)).contains("virtualbox");
  }

  @Test
  void aVmOnlyLinuxIsNotNamedAfterItsHypervisor() {
    Identification id = identify("Linux vm 5.10", "1.3.6.1.4.1.8072.3.2.10", "00:15:5d:01:02:03");
    assertThat(id.vendor()).isEmpty();
    assertThat(platformIds(id)).contains("microsoft");
  }

  @Test
  void chipMakersReferenceStackIsThePlatform() {
    Identification id =
        identify("UBNT US48PRO - 48 GE POE + 4 XE, 4.0.19.9951", "1.3.6.1.4.1.4413");
    assertThat(platformIds(id)).contains("broadcom");
    assertThat(id.vendor()).map(Vendor::id).isNotEqualTo(Optional.of("broadcom"));
  }

  @Test
  void nicMakerMacIsThePlatformAndCorroboratesOnly() {
    // Intel NICs in a server whose product says nothing about its maker
    Identification id = identify("Linux srv 5.10", "1.3.6.1.4.1.8072.3.2.10", "90:e2:ba:01:02:03");
    assertThat(id.vendor()).isEmpty();
    assertThat(platformIds(id)).contains("intel");
  }

  @Test
  void productsOwnEnterpriseOutweighsTheServerMakersMac() {
    // EfficientIP SOLIDserver on a Dell server: Dell made the hardware, EfficientIP the product
    Identification id =
        identify("EfficientIP SOLIDserver", "1.3.6.1.4.1.2440", "6c:2b:59:86:3f:1e");
    assertThat(id.vendor()).map(Vendor::name).contains("Efficient IP");
    assertThat(id.notes()).anyMatch(n -> n.contains("Dell") && n.contains("set aside"));
  }

  @Test
  void aWatchedMakersMacStillOutweighsAnUnknownRegistrant() {
    // a Huawei MAC (00:e0:fc) under an obscure enterprise number: as before, Huawei
    Identification id = identify("", "1.3.6.1.4.1.53058.1", "00:e0:fc:01:02:03");
    assertThat(id.vendor()).map(Vendor::id).contains("huawei");
  }

  @Test
  void chipMakersReferenceFirmwareNamesThePlatformNotTheMaker() {
    // a Ubiquiti switch on Realtek's RTL83xx SDK: sysObjectID 27282, entPhysicalMfgName "Realtek"
    EntityRow chassis =
        new EntityRow(1, 3, 0, "RTL8380-8GE-2GEF", "", "", "", "", "", "Realtek", "");
    Identification id =
        IDENTIFIER.identify(
            TestObservations.of(
                "RTL8380-8GE-2GEF",
                "1.3.6.1.4.1.27282.3.2.10",
                Map.of(),
                List.of(chassis),
                List.of("18:e8:29:ba:73:bf"),
                Optional.empty()));
    assertThat(id.vendor()).map(Vendor::id).contains("ubiquiti");
    assertThat(platformIds(id)).contains("realtek");
    assertThat(id.evidence()).noneMatch(e -> e.vendor().id().equals("realtek"));
    assertThat(Signals.CATALOGUE.makersNamed("Realtek")).isEmpty();
    assertThat(Signals.CATALOGUE.registrantsNamed("REALTEK SEMICONDUCTOR CORP."))
        .singleElement()
        .satisfies(m -> assertThat(m.name().partsOnly()).isTrue());
  }

  @Test
  void hyteraSignatureStillHoldsBesideTheLwipPlatform() {
    Identification id = identify("", "1.3.6.1.4.1.26381");
    assertThat(id.vendor()).map(Vendor::id).contains("hytera");
    assertThat(platformIds(id)).contains("lwip");
  }

  @Test
  void anOemBuildersNumberYieldsToTheBrandTheProductNames() {
    // Lexmark builds printers sold under other brands, which keep Lexmark's firmware and its
    // sysObjectID 641; the sysDescr (Lexmark's own format) names the brand
    Identification toshiba =
        identify(
            "TOSHIBA e-STUDIO305CS version NH63.GM.N639 kernel 3.0.0 All-N-1",
            "1.3.6.1.4.1.641.2.71107164");
    assertThat(toshiba.vendor()).map(Vendor::id).contains("toshiba");
    assertThat(toshiba.conflicts()).isEmpty();
    assertThat(platformIds(toshiba)).contains("lexmark");
    // Lexmark's own printer: Lexmark, and Lexmark is no platform of itself
    Identification lexmark =
        identify("Lexmark T640 version NS.NP.N219 kernel 2.6.6 All-N-1", "1.3.6.1.4.1.641.1");
    assertThat(lexmark.vendor()).map(Vendor::id).contains("lexmark");
    assertThat(lexmark.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(platformIds(lexmark)).doesNotContain("lexmark");
    // the number alone still names Lexmark, as one weak signal that nothing contradicts
    Identification bare = identify("", "1.3.6.1.4.1.641.1");
    assertThat(bare.vendor()).map(Vendor::id).contains("lexmark");
    assertThat(bare.confidence()).isEqualTo(Confidence.LOW);
  }

  @Test
  void netOsStackNumberIsThePlatformNotAMaker() {
    // NET+OS (NetSilicon, now Digi), an embedded OS whose devices answer its maker's former number
    // 901 ("Digital Products, Inc."): the device's own maker is not said
    Identification id = identify("NETOS 6.0", "1.3.6.1.4.1.901.1");
    assertThat(id.vendor()).isEmpty();
    assertThat(platformIds(id)).contains("net-os");
  }

  @Test
  void gwTechnologiesIsGwdByItsNumberAndItsMacs() {
    // GW Technologies Co., Ltd. (Beijing) sells as GWD / GW Delight
    Identification olt = identify("EasyPath Ethernet-PON", "1.3.6.1.4.1.10072.2.20");
    assertThat(olt.vendor())
        .map(Vendor::name)
        .hasValueSatisfying(n -> assertThat(n).contains("GW Delight"));
    Identification onu = identify("", "", "00:0f:e9:01:02:03");
    assertThat(onu.vendor()).map(Vendor::id).contains("gwd");
  }
}
