package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OuiRegistryTest {

  private static final String SAMPLE =
      """
            Registry,Assignment,Organization Name,Organization Address
            MA-L,70B3D5,IEEE Registration Authority,"445 Hoes Lane Piscataway NJ US 08554 "
            MA-L,286ED4,"HUAWEI TECHNOLOGIES CO.,LTD","No.2 Xin Cheng Road, Dongguan  CN 523808 "
            MA-M,286ED4A,"Some MA-M Holder, Inc.",Somewhere
            MA-S,286ED4A1B,MA-S Holder Ltd,
            MA-S,70B3D5F2F,"Nokia Shanghai Bell Co., Ltd.",Shanghai
            IAB,0050C2123,Old IAB Holder,
            """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        MA-S wins              | 28:6e:d4:a1:b2:c3 | MA-S Holder Ltd
        MA-M next              | 28:6E:D4:A2:00:01 | Some MA-M Holder, Inc.
        MA-L last              | 28-6e-d4-00-00-01 | HUAWEI TECHNOLOGIES CO.,LTD
        bare hex               | 286ed4000001      | HUAWEI TECHNOLOGIES CO.,LTD
        cisco dotted           | 286e.d400.0001    | HUAWEI TECHNOLOGIES CO.,LTD
        MA-S under IEEE block  | 70:b3:d5:f2:f0:01 | Nokia Shanghai Bell Co., Ltd.
        IEEE block otherwise   | 70:b3:d5:00:00:01 | IEEE Registration Authority
        IAB                    | 00:50:c2:12:30:07 | Old IAB Holder
        unknown                | 00:00:0c:00:00:01 | -
        not a MAC              | 28:6e:d4          | -
        garbage                | zz:6e:d4:00:00:01 | -
        """)
  void longestPrefix(String name, String mac, String org) throws Exception {
    OuiRegistry r = OuiRegistry.parse("oui.csv", SAMPLE, Optional.empty());
    assertThat(r.lookup(mac).map(OuiRegistry.Assignment::organisation).orElse("-"))
        .as(name)
        .isEqualTo(org);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        Registry,Assignment,Organization Name\\nMA-L,286ED4,x                 | oui.csv:1: no column Organization Address in the header
        Registry,Assignment,Organization Name,Organization Address\\nMA-X,286ED4,x,y | oui.csv:2: bad Registry 'MA-X'
        Registry,Assignment,Organization Name,Organization Address\\nMA-L,286ED,x,y  | oui.csv:2: bad Assignment '286ED' for MA-L (expected 6 hex digits)
        Registry,Assignment,Organization Name,Organization Address\\nMA-M,286ED4,x,y | oui.csv:2: bad Assignment '286ED4' for MA-M (expected 7 hex digits)
        Registry,Assignment,Organization Name,Organization Address\\nMA-L,GGGGGG,x,y | oui.csv:2: bad Assignment
        Registry,Assignment,Organization Name,Organization Address\\n\\nMA-L,286ED4,,y | oui.csv:3: empty Organization Name
        Registry,Assignment,Organization Name,Organization Address\\nMA-L,286ED4,x   | oui.csv:2: expected 4 columns
        Registry,Assignment,Organization Name,Organization Address\\nMA-L,286ED4,"x,y | oui.csv:
        """)
  void loaderErrors(String text, String message) {
    assertThatThrownBy(
            () -> OuiRegistry.parse("oui.csv", text.replace("\\n", "\n"), Optional.empty()))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void loadsFilesWithSiblingsAndDate(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("oui.csv"),
        "Registry,Assignment,Organization Name,Organization Address\n"
            + "MA-L,286ED4,\"HUAWEI TECHNOLOGIES CO.,LTD\",x\n");
    Files.writeString(
        dir.resolve("oui36.csv"),
        "Registry,Assignment,Organization Name,Organization Address\n"
            + "MA-S,286ED4A1B,MA-S Holder Ltd,x\n");
    Files.writeString(dir.resolve(".lastupdate"), "1661630937\n");
    OuiRegistry r = OuiRegistry.load(OuiRegistry.withSiblings(dir.resolve("oui.csv")));
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.date()).hasValue(LocalDate.of(2022, 8, 27));
    assertThat(r.lookup("28:6e:d4:a1:b2:c3").orElseThrow().bits()).isEqualTo(36);
    assertThatThrownBy(() -> OuiRegistry.load(dir.resolve("missing.csv")))
        .hasMessageEndingWith("missing.csv:0: file not found");
  }

  @Test
  void systemDefaultLoadsWhenPresent() throws Exception {
    Optional<Path> p = OuiRegistry.systemDefault();
    if (p.isPresent()) {
      long t = System.nanoTime();
      OuiRegistry r = OuiRegistry.load(OuiRegistry.withSiblings(p.get()));
      System.out.printf(
          "system OUI registry: %d assignments, %s, %d ms%n",
          r.size(), r.date().orElse(null), (System.nanoTime() - t) / 1_000_000);
      assertThat(r.lookup("00:e0:fc:00:00:01").orElseThrow().organisation())
          .containsIgnoringCase("huawei");
    }
  }

  @Test
  void bundledRegistriesAreDatedAndFast() throws Exception {
    for (int i = 0; i < 2; i++) {
      long t0 = System.nanoTime();
      byte[] oui = CatalogueCsv.readResource("ieee-oui.tsv.gz").bytes();
      long t1 = System.nanoTime();
      OuiRegistry.parseCompact("ieee-oui.tsv.gz", oui, Optional.empty());
      long t2 = System.nanoTime();
      String pens = CatalogueCsv.readResource("enterprise-registry.tsv").text();
      long t3 = System.nanoTime();
      EnterpriseRegistry.parse("enterprise-registry.tsv", pens, "x");
      long t4 = System.nanoTime();
      System.out.printf(
          "run %d: read oui %d ms, parse oui %d ms, read pens %d ms, parse pens %d ms%n",
          i,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          (t4 - t3) / 1_000_000);
    }
    long t = System.nanoTime();
    Registries r = Registries.loadBundled();
    long ms = (System.nanoTime() - t) / 1_000_000;
    System.out.printf(
        "bundled registries: %d OUI assignments, %d enterprise numbers, %d ms (%s)%n",
        r.oui().size(), r.enterprises().size(), ms, r.summary());
    assertThat(r.summary()).isEqualTo("IEEE OUI 2022-08-27, IANA PEN 2024-08-23");
    assertThat(r.oui().lookup("c0:56:e3:00:00:01").orElseThrow().organisation())
        .contains("Hikvision");
    // The full registry: makers outside the catalogue, and the three lengths by longest prefix.
    assertThat(r.oui().size()).isGreaterThan(40_000);
    assertThat(r.oui().lookup("00:01:05:00:bb:d7").orElseThrow().organisation())
        .isEqualTo("Beckhoff Automation GmbH");
    assertThat(r.oui().lookup("70:b3:d5:f2:f0:01").orElseThrow().registry()).isEqualTo("MA-S");
    assertThat(r.oui().lookup("00:50:c2:00:00:01").orElseThrow().registry()).isEqualTo("IAB");
    assertThat(r.oui().lookup("00:55:da:01:00:01").orElseThrow().registry()).isEqualTo("MA-M");
    assertThat(r.enterprises().organisation(15878))
        .hasValueSatisfying(o -> assertThat(o).contains("AZTECH"));
    assertThat(Registries.empty().summary()).isEqualTo("IEEE OUI none, IANA PEN none");
  }
}
