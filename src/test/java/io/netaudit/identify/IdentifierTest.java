package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

  private static Identifier identifier;

  @BeforeAll
  static void load() throws VendorCatalogueException {
    identifier = new Identifier(VendorCatalogue.loadBundled());
  }

  /** Test tables write CR/LF as \r and \n. */
  private static String unescape(String s) {
    return s == null ? null : s.replace("\\r", "\r").replace("\\n", "\n");
  }

  private static String vendorId(Identification id) {
    return id.vendor().map(Vendor::id).orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
        # case                   | sysDescr                                                                                                                                                                      | sysObjectID                         | vendor   | confidence
        lab huawei-vrp-switch    | Huawei Versatile Routing Platform Software\\r\\nVRP (R) software, Version 5.170 (S5720-28X-SI-AC V200R011C10SPC500)\\r\\nCopyright (C) 2000-2021 HUAWEI TECH CO., LTD\\r\\nHUAWEI S5720-28X-SI-AC\\r\\n | 1.3.6.1.4.1.2011.2.23.374 | huawei | HIGH
        lab huawei-ar-router     | Huawei AR1220 Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.120 (AR1220 V200R003C01SPC900) Copyright (C) 2011-2019 Huawei Technologies Co., Ltd | 1.3.6.1.4.1.2011.2.224.1 | huawei | HIGH
        lab zte-zxr10            | ZTE Ethernet Switch  ZXR10 5250-52TM-H, Version: V2.05.11B23                                                                                                                   | 1.3.6.1.4.1.3902.3.100.138          | zte      | HIGH
        lab hikvision net-snmp   | Linux (none) 3.0.8 #1 PREEMPT Wed Oct 25 17:52:12 CST 2017 armv7l                                                                                                              | 1.3.6.1.4.1.8072.3.2.10             |          | LOW
        lab dahua-nvr            | DH-NVR4108HS-8P-4KS2                                                                                                                                                          | 1.3.6.1.4.1.1004849.3.2.10          | dahua    | MEDIUM
        lab dahua-nvr DHI        | DHI-NVR5216-16P-4KS2E                                                                                                                                                         | 1.3.6.1.4.1.1004849.3.2.10          | dahua    | MEDIUM
        lab h3c-comware          | H3C Comware Platform Software, Software Version 7.1.070, Release 3208P15\\r\\nH3C S5130-28S-EI\\r\\nCopyright (c) 2004-2021 New H3C Technologies Co., Ltd. All rights reserved.  | 1.3.6.1.4.1.25506.1.1390 | h3c | HIGH
        HPE Comware on 25506     | HPE Comware Platform Software, Software Version 7.1.045, Release 2422P01\\nHPE 5900AF-48G-4XG-2QSFP+ Switch\\r\\nCopyright (c) 2010-2015 Hewlett Packard Enterprise Development LP | 1.3.6.1.4.1.25506.11.1.120 | hpe | MEDIUM
        HP Comware on 25506      | HP Comware Platform Software, Software Version 7.1.045, Release 2416 HP FF 5700-40XG-2QSFP  Switch Copyright (c) 2010-2014 Hewlett-Packard Development Company, L.P.       | 1.3.6.1.4.1.25506.11.1.172          | hpe      | MEDIUM
        HP V1910 on 25506        | HP V1910-48G Switch Software Version 5.20 Release 1111P01                                                                                                                      | .1.3.6.1.4.1.25506.11.1.85          | hpe      | MEDIUM
        lab cisco-ios multi-line | Cisco IOS Software, C2960X Software (C2960X), Version 15.2(7)E4, RELEASE SOFTWARE (fc2)\\r\\nTechnical Support: http://www.cisco.com/techsupport\\r\\nCopyright (c) 1986-2021 by Cisco Systems, Inc.\\r\\nCompiled Tue 12-Jan-21 11:45 by prod_rel_team | 1.3.6.1.4.1.9.1.1208 | cisco | HIGH
        lab juniper-junos        | Juniper Networks, Inc. ex2300-24t Ethernet Switch, kernel JUNOS 20.4R3-S2.6, Build date: 2021-06-10 03:50:41 UTC Copyright (c) 1996-2021 Juniper Networks, Inc.              | 1.3.6.1.4.1.2636.1.1.1.2.132        | juniper  | HIGH
        lab arista-eos           | Arista Networks EOS version 4.26.4M running on an Arista Networks DCS-7050SX3-48YC8                                                                                            | 1.3.6.1.4.1.30065.1.3011.7050.3741.48 | arista | HIGH
        lab mikrotik-routeros    | RouterOS RB952Ui-5ac2nD                                                                                                                                                       | 1.3.6.1.4.1.14988.1                 | mikrotik | HIGH
        lab mikrotik empty descr |                                                                                                                                                                               | 1.3.6.1.4.1.14988.1                 | mikrotik | MEDIUM
        lab hp-printer           | HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24090012,CIDATE 09/26/2018                                                                                    | 1.3.6.1.4.1.11.2.3.9.1              | hp       | HIGH
        lab linux-netsnmp        | Linux srv-hq-0001 5.10.0-21-amd64 #1 SMP Debian 5.10.162-1 (2023-01-21) x86_64                                                                                                 | 1.3.6.1.4.1.8072.3.2.10             |          | LOW
        hikvision nvr on 50001   | Hikvision company products                                                                                                                                                    | 1.3.6.1.4.1.50001                   | hikvision| HIGH
        huge oid (nasty)         | Huawei Versatile Routing Platform Software                                                                                                                                     | 1.3.6.1.4.1.2011.4294967295.1       | huawei   | HIGH
        ZTE ZXR10_ product       | ZXR10 ROS Version V4.08.23 ZXR10_5928 Software                                                                                                                                 | NULL                                | zte      | MEDIUM
        VRP only text            | VRP Software Version                                                                                                                                                          |                                     | huawei   | MEDIUM
        huawei descr no oid      | SNMP Card for HUAWEI UPS2000                                                                                                                                                  | 1.3.6.1.4.1                         | huawei   | MEDIUM
        microsemi on 39165       | Linux SyncServer 2.6.10_mvl401-pc_target #18 Thu Mar 10 10:31:17 PST 2016 i686                                                                                                 | 1.3.6.1.4.1.39165.1.6               | microsemi| MEDIUM
        trap AZTECH              | AZTECH DSL600EW ADSL Router                                                                                                                                                   | 1.3.6.1.4.1.15878.1                 | iana-pen-15878 | LOW
        trap Aztech modem        | Aztech DSL modem                                                                                                                                                              |                                     |          | LOW
        trap aztec lower         | aztec naztec oztech teztech                                                                                                                                                   | 1.3.6.1.4.1.8072.3.2.10             |          | LOW
        trap Dahua Scale         | Shanghai Dahua Scale Factory weighing terminal                                                                                                                                 |                                     |          | LOW
        trap Teltronics          | Teltronics PBX                                                                                                                                                                 |                                     |          | LOW
        trap 25506 alone         |                                                                                                                                                                               | 1.3.6.1.4.1.25506.1.244             |          | LOW
        trap comware alone       | Comware Platform Software                                                                                                                                                     | 1.3.6.1.4.1.25506.1.1               | h3c      | MEDIUM
        trap 26381 + lwIP descr   | lwIP                                                                                                                                                                          | 1.3.6.1.4.1.26381                   |          | LOW
        hytera signature         |                                                                                                                                                                               | 1.3.6.1.4.1.26381                   | hytera   | MEDIUM
        trap 50001 alone         |                                                                                                                                                                               | 1.3.6.1.4.1.50001                   |          | LOW
        trap 1004849 alone       |                                                                                                                                                                               | 1.3.6.1.4.1.1004849.3.2.10          |          | LOW
        trap 39165 alone         | Linux box                                                                                                                                                                     | 1.3.6.1.4.1.39165.1.6               |          | LOW
        trap 8072 alone          |                                                                                                                                                                               | 1.3.6.1.4.1.8072.3.2.10             |          | LOW
        trap DH- alone           | DH-NVR4108HS-8P-4KS2                                                                                                                                                          | 1.3.6.1.4.1.8072.3.2.10             |          | LOW
        trap Hytera name alone   | Hytera repeater                                                                                                                                                               |                                     |          | LOW
        hytera name + 26381      | Hytera repeater                                                                                                                                                               | 1.3.6.1.4.1.26381                   | hytera   | MEDIUM
        trap all empty           |                                                                                                                                                                               |                                     |          | LOW
        trap 0.0                 |                                                                                                                                                                               | 0.0                                 |          | LOW
        trap garbage oid         | Linux                                                                                                                                                                         | not-an-oid                          |          | LOW
        trap arc too big         |                                                                                                                                                                               | 1.3.6.1.4.1.4294967296              |          | LOW
        max arc unknown          |                                                                                                                                                                               | 1.3.6.1.4.1.4294967295              |          | LOW
        trap enterprises only    |                                                                                                                                                                               | 1.3.6.1.4.1                         |          | LOW
        trap double dot          |                                                                                                                                                                               | 1.3.6.1.4.1..9                      |          | LOW
        leading dot              |                                                                                                                                                                               | .1.3.6.1.4.1.9.1.1                  | cisco    | MEDIUM
        """)
  void identifies(String name, String descr, String oid, String vendor, Confidence confidence) {
    Identification id = identifier.identify(unescape(descr), oid);
    assertThat(vendorId(id)).as(name + " -> " + id).isEqualTo(vendor == null ? "" : vendor);
    assertThat(id.confidence()).as(name + " -> " + id).isEqualTo(confidence);
    assertThat(id.conflicts()).as(name).isEmpty();
    id.evidence().forEach(e -> assertThat(e.detail()).doesNotContain("\n", "\r"));
    id.notes().forEach(n -> assertThat(n).doesNotContain("\n", "\r"));
  }

  @Test
  void weakEnterpriseAloneLeavesEvidenceAndNote() {
    Identification id = identifier.identify("", "1.3.6.1.4.1.25506.1.244");
    assertThat(id.vendor()).isEmpty();
    assertThat(id.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("h3c");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.source()).isEqualTo(SignalSource.SYS_OBJECT_ID);
            });
    assertThat(id.notes())
        .anyMatch(n -> n.contains("25506") && n.contains("needs a second signal"));
    assertThat(id.namedVendors()).isEmpty();
  }

  @Test
  void hpeComwareKeepsWeakH3cEvidenceWithoutConflict() {
    Identification id =
        identifier.identify(
            "HPE Comware Platform Software, Software Version 7.1.045, Release 2422P01",
            "1.3.6.1.4.1.25506.11.1.120");
    assertThat(vendorId(id)).isEqualTo("hpe");
    assertThat(id.evidence()).extracting(e -> e.vendor().id()).contains("hpe", "h3c");
    assertThat(id.conflicts()).isEmpty();
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("hpe");
    assertThat(id.notes()).anyMatch(n -> n.contains("set aside"));
  }

  @Test
  void netSnmpGivesOnlyANote() {
    Identification id = identifier.identify("", "1.3.6.1.4.1.8072.3.2.10");
    assertThat(id.vendor()).isEmpty();
    assertThat(id.evidence()).isEmpty();
    assertThat(id.notes()).anyMatch(n -> n.contains("8072") && n.contains("says nothing"));
  }

  @Test
  void definitiveConflictKeepsBothMakers() {
    Identification id = identifier.identify("Huawei", "1.3.6.1.4.1.9.1.1208");
    assertThat(vendorId(id)).isEqualTo("cisco");
    assertThat(id.confidence()).isEqualTo(Confidence.LOW);
    assertThat(id.conflicts())
        .singleElement()
        .asString()
        .contains("Cisco", "Huawei")
        .doesNotContain("\n");
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("cisco", "huawei");
  }

  @Test
  void evidenceDetailsAreReadable() {
    Identification id =
        identifier.identify(
            "Huawei Versatile Routing Platform Software", "1.3.6.1.4.1.2011.2.23.96");
    assertThat(id.evidence())
        .extracting(Evidence::detail)
        .containsExactly(
            "sysObjectID \"1.3.6.1.4.1.2011.2.23.96\": enterprise 2011 = Huawei Technologies",
            "sysDescr matches rule huawei-vrp (\"Versatile Routing Platform\") = Huawei Technologies");
  }

  @Test
  void sysDescrWithControlCharactersAndHugeOidNeverThrows() {
    String oid = "1.3.6.1.4.1.2011" + ".4294967295".repeat(121);
    Identification id = identifier.identify("Huawei\u0000\uFFFD\u00FF VRP (R) software", oid);
    assertThat(vendorId(id)).isEqualTo("huawei");
    assertThat(identifier.identify("x".repeat(100_000), "1.3.6.1.4.1.99999999999").vendor())
        .isEmpty();
  }

  @Test
  void namedVendorsIncludesIdentifiedWeakOnlyMaker() {
    Identification id = identifier.identify("DH-NVR4108HS-8P-4KS2", "1.3.6.1.4.1.1004849.3.2.10");
    assertThat(id.namedVendors()).extracting(Vendor::id).containsExactly("dahua");
    assertThat(id.evidence()).allMatch(e -> e.strength() == Strength.WEAK);
    assertThat(id.evidence().stream().map(Evidence::source).collect(Collectors.toSet())).hasSize(2);
  }
}
