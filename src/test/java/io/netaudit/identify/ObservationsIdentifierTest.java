package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Oid;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** identify(Observations): the signals beyond sysDescr and sysObjectID. */
class ObservationsIdentifierTest {

  private static Identifier identifier;
  private static final String CAM_DESCR =
      "Linux (none) 3.0.8 #1 PREEMPT Wed Oct 25 17:52:12 CST 2017 armv7l";
  private static final String NET_SNMP = "1.3.6.1.4.1.8072.3.2.10";

  @BeforeAll
  static void load() throws VendorCatalogueException {
    identifier = new Identifier(VendorCatalogue.loadBundled());
  }

  private static String vendorId(Identification id) {
    return id.vendor().map(Vendor::id).orElse("");
  }

  /**
   * Columns: sysDescr, sysObjectID, private objects ({@code oid=value;...}), chassis
   * entPhysicalMfgName, MACs ({@code ;}-separated), engine ID hex.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
        # case                        | sysDescr                           | sysObjectID              | private objects                                                              | chassis mfg    | MACs                                  | engine ID                | vendor    | confidence
        lab hikvision private only    | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  | 1.3.6.1.4.1.39165.1.1.0=DS-2CD2185FWD-I                                      |                |                                       |                          | hikvision | MEDIUM
        lab hikvision private 2       | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  | 1.3.6.1.4.1.39165.1.1.0=DS-2DE4425IW-DE;1.3.6.1.4.1.39165.1.3.0=V5.6.12 build 200115 |        |                                       |                          | hikvision | MEDIUM
        lab hikvision OUI only        | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  |                                                                              |                | c0:56:e3:12:34:56                     |                          | hikvision | LOW
        lab hikvision OUI 4CBD8F      | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  |                                                                              |                | 4c:bd:8f:00:00:01;00:00:00:00:00:00   |                          | hikvision | LOW
        lab hikvision both            | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  | 1.3.6.1.4.1.39165.1.1.0=DS-2CD2143G0-I;1.3.6.1.4.1.39165.1.3.0=V5.5.82 build 190909 |         | bc:ad:28:aa:bb:cc;44:a6:42:01:02:03   |                          | hikvision | HIGH
        hikvision cam no sysDescr     |                                    |                          | 1.3.6.1.4.1.39165.1.1.0=DS-2CD2185FWD-I;1.3.6.1.4.1.39165.1.3.0=V5.5.3 build 171025 |         |                                       |                          | hikvision | MEDIUM
        iDS model                     |                                    |                          | 1.3.6.1.4.1.39165.1.1.0=iDS-2CD7146G0-IZS                                    |                |                                       |                          | hikvision | MEDIUM
        hikvision 39165 + OUI         | Linux box                          | 1.3.6.1.4.1.39165.1.6    |                                                                              |                | e0:ca:3c:00:00:01                     |                          | hikvision | MEDIUM
        huawei v3 only engine+MAC     |                                    |                          |                                                                              |                |                                       | 800007db03286ed4a1b2c3   | huawei    | MEDIUM
        huawei engine ID alone        |                                    |                          |                                                                              |                |                                       | 800007db0480737769746368 |           | LOW
        engine ID text no MAC         |                                    |                          |                                                                              |                |                                       | 800007db04737769746368   |           | LOW
        net-snmp engine + huawei MAC  |                                    |                          |                                                                              |                |                                       | 80001f888001020304050607 |           | LOW
        squatted 50001 engine ID      |                                    |                          |                                                                              |                |                                       | 8000c35103c056e3000001   | hikvision | MEDIUM
        huawei SMU private            | Linux GSE200M 2.6.27-SPEAr310 #5   | 1.3.6.1.4.1.8072.3.2.10  | 1.3.6.1.4.1.2011.6.164.1.1.1.4.0=HUAWEI SMU                                  |                |                                       |                          | huawei    | HIGH
        huawei UPS upsIdentManufacturer | Linux GSE200M                    |                          | 1.3.6.1.2.1.33.1.1.1.0=HUAWEI                                                |                |                                       |                          | huawei    | HIGH
        eaton upsIdentManufacturer    | Network Management Card            |                          | 1.3.6.1.2.1.33.1.1.1.0=EATON                                                 |                |                                       |                          | eaton     | MEDIUM
        dahua private model           | DH-NVR4108HS-8P-4KS2               | 1.3.6.1.4.1.1004849.3.2.10 | 1.3.6.1.4.1.1004849.2.1.2.6.0=DH-NVR4108HS-8P-4KS2                        |                | 3c:ef:8c:00:00:01                     |                          | dahua     | HIGH
        dahua OUI + PEN               |                                    | 1.3.6.1.4.1.1004849.3.2.10 |                                                                            |                | 3c:ef:8c:00:00:01                     |                          | dahua     | MEDIUM
        microsemi on 39165            | Linux SyncServer 2.6.10_mvl401-pc_target #18 | 1.3.6.1.4.1.39165.1.6 | 1.3.6.1.4.1.39165.1.1.0=SyncServer S650                          |                |                                       |                          | microsemi | MEDIUM
        microsemi 39165 no descr      |                                    | 1.3.6.1.4.1.39165.1.6    | 1.3.6.1.4.1.39165.1.1.0=S650                                                 |                |                                       |                          |           | LOW
        supermicro NIC on linux       | Linux srv-hq-0001 5.10.0-21-amd64 #1 SMP Debian 5.10.162-1 (2023-01-21) x86_64 | 1.3.6.1.4.1.8072.3.2.10 |                            |                | 00:25:90:01:02:03;00:30:48:01:02:03;0c:c4:7a:01:02:03;3c:ec:ef:01:02:03 |  |           | LOW
        AZTECH with unrelated OUI     | AZTECH DSL600EW ADSL Router        | 1.3.6.1.4.1.15878.1      |                                                                              |                | 00:e0:81:01:02:03                     |                          | iana-pen-15878 | LOW
        AZTECH no PEN, Aztech OUI     | AZTECH DSL600EW ADSL Router        |                          |                                                                              |                | 00:12:0e:01:02:03                     |                          |           | LOW
        ZTE OUI on AZTECH text        | AZTECH DSL600EW ADSL Router        |                          |                                                                              |                | 00:19:c6:01:02:03                     |                          | zte       | LOW
        chassis mfg huawei            |                                    | 1.3.6.1.4.1.8072.3.2.10  |                                                                              | Huawei         |                                       |                          | huawei    | MEDIUM
        chassis mfg NUL padded        |                                    |                          |                                                                              | HUAWEI\\0\\0\\0 |                                       |                          | huawei    | MEDIUM
        chassis mfg ZTE               |                                    |                          |                                                                              | ZTE            |                                       |                          | zte       | MEDIUM
        chassis mfg HP weak fallback  |                                    |                          |                                                                              | HP             |                                       |                          | hp        | LOW
        chassis HP weak + 26381       |                                    | 1.3.6.1.4.1.26381        |                                                                              | HP             |                                       |                          |           | LOW
        cumulus + mellanox NIC MAC    | Linux mlnx-sw-1 4.19.0-cl-1-amd64 #1 SMP Cumulus 4.19.94-1+cl4.2.1u1 x86_64 | 1.3.6.1.4.1.8072.3.2.10 |                                |                | 00:02:c9:01:02:03;04:3f:72:01:02:03   |                          | nvidia    | MEDIUM
        mellanox NIC MAC alone        | Linux srv 5.10                     | 1.3.6.1.4.1.8072.3.2.10  |                                                                              |                | 00:02:c9:01:02:03                     |                          |           | LOW
        edgecore NIC under cisco      | Cisco IOS Software, C2960X         | 1.3.6.1.4.1.9.1.1208     |                                                                              |                | 8c:ea:1b:01:02:03                     |                          | cisco     | HIGH
        mellanox NIC + cumulus + cisco| Cisco NX-OS Cumulus                | 1.3.6.1.4.1.8072.3.2.10  |                                                                              |                | 00:02:c9:01:02:03                     |                          | cisco     | MEDIUM
        HP comware chassis HP         | HP Comware Platform Software, Software Version 7.1.045 | 1.3.6.1.4.1.25506.11.1.172 |                                            | HP             |                                       |                          | hpe       | MEDIUM
        cisco with huawei OUI         | Cisco IOS Software, C2960X         | 1.3.6.1.4.1.9.1.1208     |                                                                              | Cisco Systems  | 28:6e:d4:01:02:03                     |                          | cisco     | HIGH
        locally administered MAC      | LAB_CAM                            | 1.3.6.1.4.1.8072.3.2.10  |                                                                              |                | c2:56:e3:12:34:56                     |                          |           | LOW
        obscure PEN registrant        | Some box                           | 1.3.6.1.4.1.53058.1      |                                                                              |                |                                       |                          | iana-pen-53058 | LOW
        obscure PEN + hikvision OUI   | Some box                           | 1.3.6.1.4.1.53058.1      |                                                                              |                | c0:56:e3:12:34:56                     |                          | hikvision | LOW
        weak PEN never registrant     | lwIP                               | 1.3.6.1.4.1.26381        |                                                                              |                |                                       |                          |           | LOW
        netgear embedded in RND oid   | 24-Port Gigabit Smart Switch       | .1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25 |                                                         |                |                                       |                          | netgear   | MEDIUM
        teltonika private             | Linux MT1310-gw01 5.15.176         | 1.3.6.1.4.1.8072.3.2.10  | 1.3.6.1.4.1.48690.1.2.0=RUT956                                               |                |                                       |                          | teltonika | MEDIUM
        """)
  void identifies(
      String name,
      String descr,
      String oid,
      String privates,
      String mfg,
      String macs,
      String engine,
      String vendor,
      Confidence confidence) {
    Observations o = observations(descr, oid, privates, mfg, macs, engine);
    Identification id = identifier.identify(o);
    assertThat(vendorId(id)).as(name + " -> " + id).isEqualTo(vendor == null ? "" : vendor);
    assertThat(id.confidence()).as(name + " -> " + id).isEqualTo(confidence);
    assertThat(id.conflicts()).as(name).isEmpty();
    id.evidence().forEach(e -> assertThat(e.detail()).doesNotContain("\n", "\r"));
    id.notes().forEach(n -> assertThat(n).doesNotContain("\n", "\r"));
  }

  static Observations observations(
      String descr, String oid, String privates, String mfg, String macs, String engine) {
    Map<String, String> objects = new LinkedHashMap<>();
    if (privates != null) {
      for (String kv : privates.split(";")) {
        String[] p = kv.split("=", 2);
        objects.put(p[0].strip(), p[1]);
      }
    }
    List<EntityRow> rows = new ArrayList<>();
    if (mfg != null) {
      rows.add(
          new EntityRow(
              1, 3, 0, "chassis", "Chassis", "", "", "", "", mfg.replace("\\0", "\0"), ""));
    }
    List<String> macList = macs == null ? List.of() : List.of(macs.split(";"));
    Optional<EngineId> eid =
        engine == null
            ? Optional.empty()
            : Optional.of(EngineId.decode(HexFormat.of().parseHex(engine)));
    String d = "LAB_CAM".equals(descr) ? CAM_DESCR : descr;
    return TestObservations.of(d, oid, objects, rows, macList, eid);
  }

  @Test
  void ofIsTheTwoArgumentShortcut() {
    Identification a =
        identifier.identify(
            "Huawei Versatile Routing Platform Software", "1.3.6.1.4.1.2011.2.23.96");
    Identification b =
        identifier.identify(
            Observations.of(
                "Huawei Versatile Routing Platform Software", "1.3.6.1.4.1.2011.2.23.96"));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void huaweiEngineIdAndMacNameTwoSources() {
    Identification id =
        identifier.identify(observations(null, null, null, null, null, "800007db03286ed4a1b2c3"));
    assertThat(id.evidence())
        .extracting(Evidence::source)
        .containsExactlyInAnyOrder(SignalSource.ENGINE_ID, SignalSource.OUI);
    assertThat(id.evidence())
        .allMatch(e -> e.vendor().id().equals("huawei") && e.strength() == Strength.WEAK);
    assertThat(id.evidence()).anyMatch(e -> e.detail().contains("engine ID MAC 28:6e:d4:a1:b2:c3"));
  }

  @Test
  void supermicroNicSaysNothing() {
    Identification id =
        identifier.identify(
            observations("Linux srv 5.10", NET_SNMP, null, null, "00:25:90:01:02:03", null));
    assertThat(id.vendor()).isEmpty();
    assertThat(id.evidence()).isEmpty();
    assertThat(id.notes()).anyMatch(n -> n.contains("Super Micro") && n.contains("NICs/boards"));
  }

  @Test
  void ouiConflictingWithDefinitiveIsSetAsideNotConflict() {
    Identification id =
        identifier.identify(
            observations(
                "Cisco IOS Software",
                "1.3.6.1.4.1.9.1.1208",
                null,
                null,
                "28:6e:d4:01:02:03",
                null));
    assertThat(vendorId(id)).isEqualTo("cisco");
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("cisco");
    assertThat(id.notes())
        .anyMatch(n -> n.contains("weak evidence for Huawei") && n.contains("set aside"));
  }

  @Test
  void chassisMfgConflictIsShown() {
    Identification id =
        identifier.identify(
            observations(
                "Cisco IOS Software",
                "1.3.6.1.4.1.9.1.1208",
                null,
                "Huawei Technologies Co., Ltd.",
                null,
                null));
    assertThat(vendorId(id)).isEqualTo("cisco");
    assertThat(id.confidence()).isEqualTo(Confidence.LOW);
    assertThat(id.conflicts())
        .singleElement()
        .asString()
        .contains("entPhysicalMfgName.1", "Huawei");
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("cisco", "huawei");
  }

  @Test
  void privateObjectConflictWithSysObjectId() {
    Identification id =
        identifier.identify(
            observations(
                "",
                "1.3.6.1.4.1.9.1.1",
                "1.3.6.1.4.1.39165.1.1.0=DS-2CD2185FWD-I",
                null,
                null,
                null));
    assertThat(id.conflicts()).hasSize(1);
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("cisco", "hikvision");
  }

  @Test
  void twoDeviceOuiMakersStayUnidentified() {
    Identification id =
        identifier.identify(
            observations("", NET_SNMP, null, null, "c0:56:e3:00:00:01;3c:ef:8c:00:00:01", null));
    assertThat(id.vendor()).isEmpty();
    assertThat(id.notes()).anyMatch(n -> n.contains("needs a second signal"));
  }

  @Test
  void componentsOemOpticInCiscoChassis() {
    List<EntityRow> rows =
        List.of(
            new EntityRow(
                1,
                3,
                0,
                "Cisco C9300-48P",
                "Switch 1",
                "V01",
                "",
                "17.6.4",
                "FOC123",
                "Cisco Systems",
                "C9300-48P"),
            new EntityRow(
                1010, 10, 1, "SFP-10G-LR", "Te1/1/1", "", "", "", "HW123", "HUAWEI", "OMXD30000"),
            new EntityRow(
                1011,
                10,
                1,
                "SFP-10G-SR",
                "Te1/1/2",
                "",
                "",
                "",
                "C123",
                "CISCO-FINISAR",
                "SFP-10G-SR"),
            new EntityRow(1012, 10, 1, "10GBASE-LR SFP+", "Te1/1/3", "", "", "", "", "", ""),
            new EntityRow(
                1013, 9, 1, "Huawei ME909s LTE module", "Cellular0", "", "", "", "", "OEM", ""));
    Observations o =
        TestObservations.of(
            "Cisco IOS Software",
            "1.3.6.1.4.1.9.1.2494",
            Map.of(),
            rows,
            List.of(),
            Optional.empty());
    Identification device = identifier.identify(o);
    assertThat(vendorId(device)).isEqualTo("cisco");
    assertThat(device.confidence()).isEqualTo(Confidence.HIGH);
    List<ComponentIdentification> parts = identifier.components(o, device.vendor());
    assertThat(parts).extracting(p -> p.row().index()).containsExactly(1010, 1013);
    assertThat(parts).allMatch(p -> vendorId(p.identification()).equals("huawei"));
    assertThat(parts.get(0).identification().evidence())
        .anyMatch(
            e ->
                e.source() == SignalSource.ENTITY_MFG
                    && e.detail().contains("entPhysicalMfgName.1010 \"HUAWEI\""));
    assertThat(identifier.details().model(o)).hasValue("C9300-48P");
    assertThat(identifier.details().firmware(o)).hasValue("17.6.4");
    assertThat(identifier.details().serial(o)).hasValue("FOC123");
  }

  @Test
  void componentsH3cModulesInHpeChassis() {
    List<EntityRow> rows =
        List.of(
            new EntityRow(1, 3, 0, "HP 10508", "HP 10508", "", "", "", "", "HP", "HP 10508"),
            new EntityRow(
                42,
                9,
                2,
                "HP A10500 48-port Gig-T EA Module JC623A",
                "Board 0",
                "",
                "",
                "",
                "",
                "HP",
                ""),
            new EntityRow(
                988,
                10,
                364,
                "Ten-GigabitEthernet8/0/7",
                "Ten-GigabitEthernet8/0/7",
                "",
                "",
                "",
                "",
                "H3C",
                ""),
            new EntityRow(
                990,
                10,
                364,
                "Ten-GigabitEthernet8/0/9",
                "Ten-GigabitEthernet8/0/9",
                "",
                "",
                "",
                "",
                "J48",
                ""));
    Observations o =
        TestObservations.of(
            "HP Comware Platform Software, Software Version 7.1.045, Release 2416 HP FF "
                + "5700-40XG-2QSFP  Switch Copyright (c) 2010-2014 Hewlett-Packard Development Company, L.P.",
            "1.3.6.1.4.1.25506.11.1.172",
            Map.of(),
            rows,
            List.of(),
            Optional.empty());
    Identification device = identifier.identify(o);
    assertThat(vendorId(device)).isEqualTo("hpe");
    List<ComponentIdentification> parts = identifier.components(o, device.vendor());
    assertThat(parts)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row().index()).isEqualTo(988);
              assertThat(vendorId(p.identification())).isEqualTo("h3c");
            });
  }

  @Test
  void chassisRowReportedOnlyWhenItDiffers() {
    List<EntityRow> rows = List.of(new EntityRow(1, 3, 0, "", "", "", "", "", "", "Huawei", ""));
    Observations o = TestObservations.of("", "", Map.of(), rows, List.of(), Optional.empty());
    Vendor huawei = identifier.identify(o).vendor().orElseThrow();
    assertThat(identifier.components(o, Optional.of(huawei))).isEmpty();
    assertThat(identifier.components(o, Optional.empty())).hasSize(1);
  }

  @Test
  void modelFirmwareSerialFromPrivateObjects() {
    Observations cam =
        observations(
            CAM_DESCR,
            NET_SNMP,
            "1.3.6.1.4.1.39165.1.1.0=DS-2CD2185FWD-I;1.3.6.1.4.1.39165.1.3.0=V5.5.3 build 171025",
            null,
            null,
            null);
    assertThat(identifier.details().model(cam)).hasValue("DS-2CD2185FWD-I");
    assertThat(identifier.details().firmware(cam)).hasValue("V5.5.3 build 171025");
    assertThat(identifier.details().serial(cam)).isEmpty();
    Observations nvr =
        observations(
            "DH-NVR4108HS-8P-4KS2",
            "1.3.6.1.4.1.1004849.3.2.10",
            "1.3.6.1.4.1.1004849.2.1.1.1.0=3.212.0000.1;1.3.6.1.4.1.1004849.2.1.2.4.0=ABC123456789012;"
                + "1.3.6.1.4.1.1004849.2.1.2.6.0=DH-NVR4108HS-8P-4KS2",
            null,
            null,
            null);
    assertThat(identifier.details().model(nvr)).hasValue("DH-NVR4108HS-8P-4KS2");
    assertThat(identifier.details().firmware(nvr)).hasValue("3.212.0000.1");
    assertThat(identifier.details().serial(nvr)).hasValue("ABC123456789012");
    Observations syncserver =
        observations("", "1.3.6.1.4.1.39165.1.6", "1.3.6.1.4.1.39165.1.1.0=S650", null, null, null);
    assertThat(identifier.details().model(syncserver)).isEmpty();
  }

  @Test
  void privateObjectIdsListWhatTheScannerGets() {
    assertThat(identifier.reads().scalars())
        .extracting(Oid::toString)
        .contains(
            "1.3.6.1.4.1.39165.1.1.0",
            "1.3.6.1.4.1.39165.1.3.0",
            "1.3.6.1.4.1.2011.6.164.1.1.1.4.0",
            "1.3.6.1.2.1.33.1.1.1.0")
        .doesNotHaveDuplicates();
  }

  @Test
  void emptyRegistriesGiveNotesOnly() throws Exception {
    Identifier bare = new Identifier(VendorCatalogue.loadBundled(), Registries.empty());
    Identification id =
        bare.identify(observations(CAM_DESCR, NET_SNMP, null, null, "c0:56:e3:12:34:56", null));
    assertThat(id.vendor()).isEmpty();
    assertThat(id.notes()).anyMatch(n -> n.contains("not in the OUI registry"));
  }

  @Test
  void garbageNeverThrows() {
    Observations o =
        TestObservations.of(
            "\u0000",
            "1.3.6.1.4.1.99999999999",
            Map.of("1.3.6.1.4.1.39165.1.1.0", ""),
            List.of(new EntityRow(0, 3, 0, null, null, null, null, null, null, null, null)),
            List.of("", "zz", "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01"),
            Optional.of(EngineId.decode(new byte[3])));
    Identification id = identifier.identify(o);
    assertThat(id.vendor()).isEmpty();
    assertThat(identifier.components(o, Optional.empty())).isEmpty();
  }
}
