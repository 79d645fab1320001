package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Served MIBs ({@link Observations#servedEnterprises()}), the single-signal fallback for makers off
 * the watch list, NIC/board MACs as corroboration only, and the chassis model/description when
 * entPhysicalMfgName names nobody. All observations are small facts written here.
 */
class ServedMibAndFallbackTest {

  private static final String NET_SNMP = "1.3.6.1.4.1.8072.3.2.10";
  private static final String LINUX = "Linux box 4.4.0 #1 SMP armv7l";
  private static Identifier identifier;

  @BeforeAll
  static void load() throws VendorCatalogueException {
    identifier = new Identifier(VendorCatalogue.loadBundled());
  }

  private static Observations served(String descr, String oid, List<Long> served) {
    return TestObservations.of(
        descr, oid, Map.of(), List.of(), List.of(), Optional.empty(), served);
  }

  private static String vendorId(Identification id) {
    return id.vendor().map(Vendor::id).orElse("");
  }

  /**
   * Columns: sysDescr, sysObjectID, served enterprises ({@code ;}-separated), vendor, confidence.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
        # case                              | sysDescr                       | sysObjectID                | served              | vendor          | confidence
        synology MIB on net-snmp            | Linux nas 3.10.77 #1 SMP x86_64 | 1.3.6.1.4.1.8072.3.2.10   | 6574                | synology        | LOW
        extrahop MIB, empty sysDescr        |                                | 1.3.6.1.4.1.8072.3.2.10    | 32015               | extrahop        | LOW
        grandstream MIB                     | Linux HT8XX 3.4.20             | 1.3.6.1.4.1.8072.3.2.10    | 42397               | grandstream     | LOW
        registrant outside the catalogue    | Linux box                      | 1.3.6.1.4.1.8072.3.2.10    | 53058               | iana-pen-53058  | LOW
        registrant of a catalogue maker     | Linux box                      | 1.3.6.1.4.1.8072.3.2.10    | 48690               | teltonika       | LOW
        generic stacks only                 | Linux box                      | 1.3.6.1.4.1.8072.3.2.10    | 8072;2021;4413      |                 | LOW
        ubiquiti MIB corroborates 10002     | Linux 3.3.8 #1 mips            | 1.3.6.1.4.1.10002.1        | 10002;41112         | ubiquiti        | MEDIUM
        served MIB corroborates definitive  | Synology DiskStation DS916+    | 1.3.6.1.4.1.8072.3.2.10    | 6574                | synology        | HIGH
        served under definitive sysObjectID | Linux box                      | 1.3.6.1.4.1.6574.1         | 6574;8072           | synology        | MEDIUM
        served other MIB with definitive    | Linux box                      | 1.3.6.1.4.1.6574.1         | 2021;6574;24681     | synology        | MEDIUM
        served MIB set aside by definitive  | Cisco IOS Software, C2960X     | 1.3.6.1.4.1.9.1.1208       | 14988               | cisco           | HIGH
        other makers' MIBs set aside        | Linux box                      | 1.3.6.1.4.1.14988.1        | 9;14988;41112       | mikrotik        | MEDIUM
        two registrants: no single maker    | Linux box                      | 1.3.6.1.4.1.8072.3.2.10    | 53058;21317         |                 | LOW
        registrant vs weak sysDescr maker   | Linux 4.19 Cumulus             | 1.3.6.1.4.1.8072.3.2.10    | 21317               |                 | LOW
        huawei MIB alone stays weak         | Linux GSE 2.6.27               | 1.3.6.1.4.1.8072.3.2.10    | 2011                |                 | LOW
        zte MIB alone stays weak            |                                | 1.3.6.1.4.1.8072.3.2.10    | 3902                |                 | LOW
        hikvision MIB + 50001 sysObjectID   |                                | 1.3.6.1.4.1.50001          | 39165               | hikvision       | MEDIUM
        served under the embedded OEM number| 24-Port Gigabit Smart Switch   | .1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25 | 4526 | netgear  | MEDIUM
        squatter serves its own 50001       |                                | 1.3.6.1.4.1.50001          | 50001               |                 | LOW
        lwIP number served under itself     | lwIP                           | 1.3.6.1.4.1.26381          | 26381               |                 | LOW
        huawei MIB + weak GSE200M descr     | Linux GSE200M 2.6.27-SPEAr310  | 1.3.6.1.4.1.8072.3.2.10    | 2011                | huawei          | MEDIUM
        synology MIB vs hikvision MIB       | Linux box                      | 1.3.6.1.4.1.8072.3.2.10    | 6574;39165          |                 | LOW
        huawei MIB under a dell sysObjectID | Dell EMC Networking OS10       | 1.3.6.1.4.1.674.11000.5000 | 2011                | dell            | HIGH
        """)
  void identifies(
      String name, String descr, String oid, String served, String vendor, Confidence confidence) {
    List<Long> numbers =
        served == null
            ? List.of()
            : java.util.Arrays.stream(served.split(";"))
                .map(String::strip)
                .map(Long::valueOf)
                .toList();
    Identification id = identifier.identify(served(descr, oid, numbers));
    assertThat(vendorId(id)).as(name + " -> " + id).isEqualTo(vendor == null ? "" : vendor);
    assertThat(id.confidence()).as(name + " -> " + id).isEqualTo(confidence);
    assertThat(id.conflicts()).as(name).isEmpty();
    id.evidence().forEach(e -> assertThat(e.detail()).doesNotContain("\n", "\r"));
    id.notes().forEach(n -> assertThat(n).doesNotContain("\n", "\r"));
  }

  @Test
  void servedMibIsWeakEvidenceOfItsOwnSource() {
    Identification id = identifier.identify(served(LINUX, NET_SNMP, List.of(6574L)));
    assertThat(id.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.SERVED_MIB);
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.vendor().id()).isEqualTo("synology");
              assertThat(e.detail()).contains("1.3.6.1.4.1.6574", "Synology");
            });
    assertThat(id.notes()).anyMatch(n -> n.contains("single weak source"));
  }

  @Test
  void restrictedMakersServedMibAloneIsWeakEvidenceForReview() {
    Identification id = identifier.identify(served(LINUX, NET_SNMP, List.of(2011L)));
    assertThat(id.vendor()).isEmpty();
    assertThat(id.namedVendors()).isEmpty();
    assertThat(id.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("huawei");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
            });
    assertThat(id.notes())
        .anyMatch(n -> n.contains("served MIB") && n.contains("needs a second signal"));
  }

  @Test
  void servedUnderTheIdentitysOwnNumberIsOnlyANote() {
    Identification id = identifier.identify(served("", "1.3.6.1.4.1.50001", List.of(50001L)));
    assertThat(id.evidence())
        .extracting(Evidence::source)
        .containsExactly(SignalSource.SYS_OBJECT_ID);
    assertThat(id.notes())
        .anyMatch(n -> n.contains("50001") && n.contains("not an independent signal"));

    EngineId engine =
        EngineId.decode(java.util.HexFormat.of().parseHex("8000c3510480737769746368"));
    Identification viaEngine =
        identifier.identify(
            TestObservations.of(
                "",
                NET_SNMP,
                Map.of(),
                List.of(),
                List.of(),
                Optional.of(engine),
                List.of(50001L)));
    assertThat(viaEngine.vendor()).isEmpty();
    assertThat(viaEngine.evidence())
        .extracting(Evidence::source)
        .containsExactly(SignalSource.ENGINE_ID);
  }

  @Test
  void genericAndOutOfRangeServedNumbersAreSkipped() {
    Identification id =
        identifier.identify(
            served(
                LINUX, NET_SNMP, java.util.Arrays.asList(8072L, 2021L, null, -1L, 4_294_967_296L)));
    assertThat(id.vendor()).isEmpty();
    assertThat(id.evidence()).isEmpty();
    assertThat(id.notes()).anyMatch(n -> n.contains("generic") && n.contains("2021"));
  }

  @Test
  void onlyTheFirstFewServedNumbersAreLookedAt() {
    List<Long> many = java.util.stream.LongStream.rangeClosed(60001, 60020).boxed().toList();
    Identification id = identifier.identify(served(LINUX, NET_SNMP, many));
    assertThat(id.evidence()).hasSizeLessThanOrEqualTo(8);
    assertThat(id.notes()).anyMatch(n -> n.contains("not looked at"));
  }

  @Test
  void singleWeakSignalIdentifiesOnlyMakersOffTheWatchList() throws VendorCatalogueException {
    VendorCatalogue c = VendorCatalogue.loadBundled();
    assertThat(c.watched(c.vendor("huawei").orElseThrow())).isTrue();
    assertThat(c.watched(c.vendor("h3c").orElseThrow())).isTrue();
    assertThat(c.watched(c.vendor("hytera").orElseThrow())).isTrue();
    assertThat(c.watched(c.vendor("hisilicon").orElseThrow())).isTrue();
    assertThat(c.watched(c.vendor("cisco").orElseThrow())).isFalse();
    assertThat(c.watched(new Vendor(Identifier.REGISTRANT_PREFIX + "53058", "Baicells"))).isFalse();

    Identification cumulus =
        identifier.identify("Linux sw1 4.19.0-cl-1-amd64 #1 SMP Cumulus 4.19.94-1", NET_SNMP);
    assertThat(vendorId(cumulus)).isEqualTo("nvidia");
    assertThat(cumulus.confidence()).isEqualTo(Confidence.LOW);
    Identification linksys = identifier.identify("", "1.3.6.1.4.1.3955.6.1.2048.1");
    assertThat(vendorId(linksys)).isEqualTo("cisco");
    assertThat(linksys.confidence()).isEqualTo(Confidence.LOW);
    // watched makers named by one weak signal stay unidentified (the policy reviews them)
    assertThat(identifier.identify("lwIP", "1.3.6.1.4.1.26381").vendor()).isEmpty();
    assertThat(identifier.identify("", "1.3.6.1.4.1.25506.1.244").vendor()).isEmpty();
    assertThat(identifier.identify("", "1.3.6.1.4.1.43.1.16.4.3.85").vendor()).isEmpty();
    assertThat(identifier.identify("DS-2CD2185FWD-I", NET_SNMP).vendor()).isEmpty();
  }

  @Test
  void aWeakNameNeverMakesAComponentFinding() {
    EntityRow chassis =
        new EntityRow(1, 3, 0, "Cisco chassis", "", "", "", "", "", "Cisco Systems", "");
    EntityRow module = new EntityRow(2, 9, 1, "module", "", "", "", "", "", "HP", "");
    Observations o =
        TestObservations.of(
            "Cisco IOS Software",
            "1.3.6.1.4.1.9.1.1208",
            Map.of(),
            List.of(chassis, module),
            List.of(),
            Optional.empty());
    assertThat(identifier.components(o, Optional.of(new Vendor("cisco", "Cisco Systems"))))
        .isEmpty();
  }

  // ------------------------------------------------------------ NIC/board MACs

  @Test
  void nicMacCorroboratesTheSameMakerFromAnotherSource() {
    Observations o =
        TestObservations.of(
            "Linux sw 4.19.0-cl-1-amd64 #1 SMP Cumulus 4.19.94",
            NET_SNMP,
            Map.of(),
            List.of(),
            List.of("00:02:c9:01:02:03"),
            Optional.empty());
    Identification id = identifier.identify(o);
    assertThat(vendorId(id)).isEqualTo("nvidia");
    assertThat(id.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(id.evidence())
        .extracting(Evidence::source)
        .containsExactlyInAnyOrder(SignalSource.SYS_DESCR, SignalSource.OUI);
    assertThat(id.evidence()).allMatch(e -> e.strength() == Strength.WEAK);
  }

  @Test
  void nicMacNeverContradicts() {
    // an Edgecore (ODM) MAC does not contest the weak Cumulus/NVIDIA signal, nor become evidence
    Observations o =
        TestObservations.of(
            "Linux sw 4.19.0-cl-1-amd64 #1 SMP Cumulus 4.19.94",
            NET_SNMP,
            Map.of(),
            List.of(),
            List.of("8c:ea:1b:01:02:03"),
            Optional.empty());
    Identification id = identifier.identify(o);
    assertThat(vendorId(id)).isEqualTo("nvidia");
    assertThat(id.confidence()).isEqualTo(Confidence.LOW);
    assertThat(id.evidence()).noneMatch(e -> e.source() == SignalSource.OUI);
    assertThat(id.notes()).anyMatch(n -> n.contains("Edgecore") && n.contains("NICs/boards"));
  }

  @Test
  void nicMacOfAWatchedMakerCorroboratesNothing(@TempDir Path dir) throws Exception {
    Path oui = dir.resolve("oui.csv");
    Files.writeString(
        oui,
        "Registry,Assignment,Organization Name,Organization Address\n"
            + "MA-L,AABBCC,HiSilicon Technologies Co. Ltd,Shenzhen CN\n");
    Registries registries = Registries.loadBundled().withOui(OuiRegistry.load(oui));
    Identifier id = new Identifier(VendorCatalogue.loadBundled(), registries);
    Identification r =
        id.identify(
            TestObservations.of(
                "HiSilicon Hi3516 IP camera",
                NET_SNMP,
                Map.of(),
                List.of(),
                List.of("aa:bb:cc:01:02:03"),
                Optional.empty()));
    assertThat(r.vendor()).isEmpty();
    assertThat(r.evidence()).extracting(Evidence::source).containsExactly(SignalSource.SYS_DESCR);
  }

  // ------------------------------------------------------------ chassis model / description

  @Test
  void chassisDescriptionNamesTheMakerWhenMfgNameNamesNobody() {
    EntityRow chassis =
        new EntityRow(
            1,
            3,
            0,
            "Cumulus Networks arm-accton_as4610_54-r0 4610-54P-O-AC-F Chassis",
            "sw1.example.net",
            "",
            "",
            "Cumulus Linux 3.5.3",
            "EC1713000000",
            "Cumulus Networks",
            "FP1ZZ5654001A");
    Observations o =
        TestObservations.of(
            "Cumulus Linux 3.5.3 (Linux Kernel 4.1.33-1+cl3u12)",
            "1.3.6.1.4.1.40310",
            Map.of(),
            List.of(chassis),
            List.of("8c:ea:1b:01:02:03"),
            Optional.empty());
    Identification id = identifier.identify(o);
    assertThat(vendorId(id)).isEqualTo("edgecore");
    assertThat(id.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(id.evidence())
        .anySatisfy(
            e -> {
              assertThat(e.source()).isEqualTo(SignalSource.ENTITY_MFG);
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).contains("entPhysicalDescr.1", "accton");
            });
    assertThat(id.notes()).anyMatch(n -> n.contains("NVIDIA") && n.contains("set aside"));
  }

  @Test
  void chassisDescriptionIsNotReadWhenMfgNameNamesAMaker() {
    EntityRow chassis =
        new EntityRow(
            1, 3, 0, "Huawei-compatible chassis", "", "", "", "", "", "Cisco Systems", "");
    Identification id =
        identifier.identify(
            TestObservations.of("", "", Map.of(), List.of(chassis), List.of(), Optional.empty()));
    assertThat(vendorId(id)).isEqualTo("cisco");
    assertThat(id.evidence()).extracting(e -> e.vendor().id()).containsExactly("cisco");
  }

  @Test
  void chassisModelNameIsWeakAndComesBeforeTheDescription() {
    EntityRow chassis =
        new EntityRow(1, 3, 0, "Switch chassis", "", "", "", "", "", "", "Huawei S5720");
    Identification id =
        identifier.identify(
            TestObservations.of("", "", Map.of(), List.of(chassis), List.of(), Optional.empty()));
    assertThat(id.vendor())
        .isEmpty(); // watched maker, one weak signal: review, not an identification
    assertThat(id.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vendor().id()).isEqualTo("huawei");
              assertThat(e.strength()).isEqualTo(Strength.WEAK);
              assertThat(e.detail()).contains("entPhysicalModelName.1");
            });
  }

  @Test
  void singleRowWithoutClassIsTheChassis() {
    for (int absent : new int[] {0, -1}) {
      EntityRow only =
          new EntityRow(1, absent, 0, "", "", "", "", "", "", "QNAP Systems, Inc.", "");
      Identification id =
          identifier.identify(
              TestObservations.of(
                  "Linux TS-X31 4.2.2",
                  null,
                  Map.of(),
                  List.of(only),
                  List.of(),
                  Optional.empty()));
      assertThat(vendorId(id)).as("class " + absent).isEqualTo("qnap");
      assertThat(id.confidence()).isEqualTo(Confidence.MEDIUM);
    }
  }

  // ------------------------------------------------------------ vendors.csv watch column

  @Test
  void vendorsWithoutWatchColumnAreAllWatched(@TempDir Path dir)
      throws IOException, VendorCatalogueException {
    Files.writeString(
        dir.resolve("vendors.csv"), "vendor_id,name,aliases,country,notes\ncisco,Cisco,,US,n\n");
    Files.writeString(
        dir.resolve("enterprise-numbers.csv"),
        "enterprise_number,vendor_id,strength,notes\n" + "3955,cisco,weak,n\n");
    Files.writeString(
        dir.resolve("sysdescr-rules.csv"), "rule_id,vendor_id,pattern,unless,strength,notes\n");
    VendorCatalogue legacy = VendorCatalogue.load(dir);
    assertThat(legacy.watched(legacy.vendor("cisco").orElseThrow())).isTrue();
    Identifier old = new Identifier(legacy, Registries.empty(), PlatformMakers.none());
    assertThat(old.identify("", "1.3.6.1.4.1.3955.1").vendor()).isEmpty();

    Files.writeString(
        dir.resolve("vendors.csv"),
        "vendor_id,name,aliases,country,watch,notes\n" + "cisco,Cisco,,US,,n\n");
    VendorCatalogue current = VendorCatalogue.load(dir);
    assertThat(current.watched(current.vendor("cisco").orElseThrow())).isFalse();
    assertThat(
            new Identifier(current, Registries.empty(), PlatformMakers.none())
                .identify("", "1.3.6.1.4.1.3955.1")
                .vendor())
        .map(Vendor::id)
        .contains("cisco");
  }
}
