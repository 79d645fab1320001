package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorCatalogueTest {

  private static final String VENDORS =
      """
            # comment
            vendor_id,name,aliases,country,notes
            huawei,Huawei Technologies,HUAWEI,CN,n
            cisco,Cisco Systems,,US,n
            """;
  private static final String PENS =
      """
            enterprise_number,vendor_id,strength,notes
            # comment
            2011,huawei,definitive,n
            8072,,none,net-snmp
            """;
  private static final String RULES =
      """
            rule_id,vendor_id,pattern,unless,strength,notes

            huawei-vrp,huawei,"Versatile Routing Platform|VRP \\(R\\)",,definitive,"n, with comma"
            cisco-ios,cisco,\\bCisco IOS\\b,,weak,n
            """;

  @Test
  void bundledCatalogueHasAtLeast60Vendors() throws VendorCatalogueException {
    VendorCatalogue c = VendorCatalogue.loadBundled();
    assertThat(c.size()).isGreaterThanOrEqualTo(60);
    assertThat(c.vendor("huawei")).isPresent();
    assertThat(c.vendor("nope")).isEmpty();
    assertThat(c.enterprise(2011))
        .hasValueSatisfying(e -> assertThat(e.vendor().orElseThrow().id()).isEqualTo("huawei"));
    assertThat(c.enterprise(8072))
        .hasValueSatisfying(
            e -> assertThat(e.strength()).isEqualTo(EnterpriseNumber.PenStrength.NONE));
  }

  @Test
  void configDirOnDiskMatchesBundledCopy() throws VendorCatalogueException {
    Path dir = Path.of("config");
    VendorCatalogue disk = VendorCatalogue.load(dir);
    VendorCatalogue bundled = VendorCatalogue.loadBundled();
    assertThat(disk.vendors()).containsExactlyElementsOf(bundled.vendors());
    assertThat(disk.rules()).hasSameSizeAs(bundled.rules());
    assertThat(disk.makerNames()).hasSameSizeAs(bundled.makerNames()).isNotEmpty();
    assertThat(disk.privateObjects()).hasSameSizeAs(bundled.privateObjects()).isNotEmpty();
    assertThat(disk.signatures()).hasSameSizeAs(bundled.signatures()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}:{1} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        maker-names.csv  | 2 | zz,\\bZZ\\b,,definitive,device,n                   | unknown vendor_id 'zz'
        maker-names.csv  | 2 | huawei,(,,definitive,device,n                     | bad regex in pattern
        maker-names.csv  | 2 | huawei,\\bHuawei\\b,,none,device,n            | bad strength 'none' for a maker name
        maker-names.csv  | 2 | huawei,\\bHuawei\\b,,weak,chip,n              | bad oui 'chip' (expected device or nic)
        private-oids.csv | 2 | 1.3.6.x,huawei,weak,x,none,n                      | bad oid '1.3.6.x'
        private-oids.csv | 2 | 1.3.6.1.4.1.2011.1.0,huawei,weak,,none,n          | needs a value_pattern
        private-oids.csv | 2 | 1.3.6.1.4.1.2011.1.0,huawei,weak,x,colour,n       | bad column 'colour'
        private-oids.csv | 2 | 1.3.6.1.4.1.2011.1.0,nobody,weak,x,none,n         | unknown vendor_id 'nobody'
        """)
  void optionalFilesReportErrors(
      String file, int line, String row, String message, @TempDir Path dir) throws Exception {
    write(dir, VENDORS, PENS, RULES);
    String header =
        file.equals("maker-names.csv")
            ? "vendor_id,pattern,unless,strength,oui,notes\n"
            : "oid,vendor_id,strength,value_pattern,column,notes\n";
    Files.writeString(dir.resolve(file), header + row + "\n");
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith(file + ":" + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void optionalFilesMayBeAbsent(@TempDir Path dir) throws Exception {
    write(dir, VENDORS, PENS, RULES);
    VendorCatalogue c = VendorCatalogue.load(dir);
    assertThat(c.makerNames()).isEmpty();
    assertThat(c.privateObjects()).isEmpty();
    Files.writeString(
        dir.resolve("maker-names.csv"),
        "vendor_id,pattern,unless,strength,oui,notes\n"
            + "huawei,\\bHuawei\\b,Symantec,definitive,device,n\n");
    c = VendorCatalogue.load(dir);
    assertThat(c.makersNamed("HUAWEI TECHNOLOGIES CO.,LTD")).hasSize(1);
    assertThat(c.makersNamed("Huawei Symantec Technologies")).isEmpty();
  }

  @Test
  void watchColumnIsYesNoOrEmpty(@TempDir Path dir) throws Exception {
    write(
        dir,
        "vendor_id,name,aliases,country,watch,notes\nhuawei,Huawei,,CN,yes,n\ncisco,Cisco,,US,,n\n"
            + "zyxel,Zyxel,,TW,no,n\n",
        PENS.replace("8072,,none,net-snmp\n", ""),
        RULES);
    VendorCatalogue c = VendorCatalogue.load(dir);
    assertThat(c.watched(c.vendor("huawei").orElseThrow())).isTrue();
    assertThat(c.watched(c.vendor("cisco").orElseThrow())).isFalse();
    assertThat(c.watched(c.vendor("zyxel").orElseThrow())).isFalse();
    write(
        dir,
        "vendor_id,name,aliases,country,watch,notes\nhuawei,Huawei,,CN,maybe,n\ncisco,Cisco,,US,,n\n",
        PENS,
        RULES);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessage(
            "vendors.csv:2: bad watch 'maybe' for vendor_id huawei (expected yes, no or empty)");
    write(dir, "vendor_id,name,country,notes\nhuawei,Huawei,CN,n\n", PENS, RULES);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessage(
            "vendors.csv:1: no column aliases in the header (expected"
                + " vendor_id,name,aliases,country,notes,watch,nvd_vendor)");
  }

  @Test
  void nvdVendorNamesTheMakerForCpeNamesAndIsOptional(@TempDir Path dir) throws Exception {
    write(
        dir,
        "vendor_id,name,aliases,country,nvd_vendor,notes\nhuawei,Huawei,,CN,huawei,n\n"
            + "cisco,Cisco,,US,,n\n",
        PENS,
        RULES);
    VendorCatalogue c = VendorCatalogue.load(dir);
    assertThat(c.nvdVendor(c.vendor("huawei").orElseThrow())).contains("huawei");
    assertThat(c.nvdVendor(c.vendor("cisco").orElseThrow())).isEmpty();
    write(
        dir,
        "vendor_id,name,aliases,country,notes\nhuawei,Huawei,,CN,n\ncisco,Cisco,,US,n\n",
        PENS,
        RULES);
    c = VendorCatalogue.load(dir);
    assertThat(c.nvdVendor(c.vendor("huawei").orElseThrow())).isEmpty();
    write(
        dir,
        "vendor_id,name,aliases,country,nvd_vendor,notes\nhuawei,Huawei,,CN,Huawei Tech,n\n"
            + "cisco,Cisco,,US,,n\n",
        PENS,
        RULES);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessage(
            "vendors.csv:2: bad nvd_vendor 'Huawei Tech' for vendor_id huawei (expected NVD's"
                + " lowercase CPE vendor name, like dahuasecurity or tp-link)");
  }

  @Test
  void theBundledCatalogueKnowsTheNvdNamesOfTheRestrictedMakers() throws Exception {
    VendorCatalogue c = VendorCatalogue.loadBundled();
    for (String[] pair :
        new String[][] {
          {"huawei", "huawei"},
          {"zte", "zte"},
          {"hikvision", "hikvision"},
          {"dahua", "dahuasecurity"},
          {"h3c", "h3c"},
          {"cisco", "cisco"},
          {"paloalto", "paloaltonetworks"},
          {"ubiquiti", "ui"}
        }) {
      assertThat(c.nvdVendor(c.vendor(pair[0]).orElseThrow())).as(pair[0]).contains(pair[1]);
    }
  }

  @Test
  void bundledWatchListCoversTheRestrictedPolicy() throws Exception {
    // every maker the bundled policy restricts or reviews is watched (the single-signal fallback
    // never names it)
    VendorCatalogue c = VendorCatalogue.loadBundled();
    String policy =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream(VendorCatalogue.RESOURCE_DIR + "restricted-vendors.csv")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    int checked = 0;
    for (String line : policy.split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("vendor_id,")) {
        continue;
      }
      String id = line.substring(0, line.indexOf(','));
      c.vendor(id).ifPresent(v -> assertThat(c.watched(v)).as(id).isTrue());
      checked++;
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void loadsValidFiles(@TempDir Path dir) throws Exception {
    write(dir, VENDORS, PENS, RULES);
    VendorCatalogue c = VendorCatalogue.load(dir);
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.rules()).hasSize(2);
    assertThat(c.rules().get(0).notes()).isEqualTo("n, with comma");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        # file                 | line | broken line                                     | expected message part
        vendors.csv            | 3    | Huawei,Huawei Technologies,HUAWEI,CN,n          | bad vendor_id
        vendors.csv            | 3    | huawei,Huawei Technologies,CN,n                 | expected 5 columns (vendor_id,name,aliases,country,notes), found 4
        vendors.csv            | 4    | huawei,Again,,CN,n                              | duplicate vendor_id huawei
        enterprise-numbers.csv | 3    | 20x1,huawei,definitive,n                        | bad enterprise_number
        enterprise-numbers.csv | 3    | 4294967296,huawei,definitive,n                  | bad enterprise_number
        enterprise-numbers.csv | 3    | 2011,huwaei,definitive,n                        | unknown vendor_id 'huwaei'
        enterprise-numbers.csv | 3    | 2011,huawei,strong,n                            | bad strength 'strong'
        enterprise-numbers.csv | 3    | 2011,,definitive,n                              | definitive needs a vendor_id
        enterprise-numbers.csv | 3    | 2011,huawei,definitive                          | expected 4 columns (enterprise_number,vendor_id,strength,notes), found 3
        sysdescr-rules.csv     | 3    | huawei-vrp,huawei,VRP (R,,definitive,n          | bad regex in pattern
        sysdescr-rules.csv     | 3    | huawei-vrp,huawei,VRP,[x,definitive,n           | bad regex in unless
        sysdescr-rules.csv     | 3    | huawei-vrp,zte,VRP,,definitive,n                | unknown vendor_id 'zte'
        sysdescr-rules.csv     | 3    | huawei-vrp,huawei,VRP,,none,n                   | bad strength 'none'
        sysdescr-rules.csv     | 3    | huawei-vrp,huawei,VRP,,definitive               | expected 6 columns (rule_id,vendor_id,pattern,unless,strength,notes), found 5
        """)
  void reportsFileAndLine(String file, int line, String broken, String what, @TempDir Path dir)
      throws Exception {
    write(dir, VENDORS, PENS, RULES);
    Path p = dir.resolve(file);
    var lines = new java.util.ArrayList<>(Files.readAllLines(p));
    if (file.equals("vendors.csv") && line == 4) {
      lines.add(3, broken); // duplicate right after the first huawei row
    } else {
      lines.set(line - 1, broken); // the first data line (after the comment / blank line)
    }
    Files.write(p, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith(file + ":" + line + ": ")
        .hasMessageContaining(what)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void badHeaderAndMissingFile(@TempDir Path dir) throws Exception {
    write(dir, VENDORS.replace("country", "land"), PENS, RULES);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .hasMessageStartingWith(
            "vendors.csv:2: no column country, unknown column land in the header (expected ");
    Files.delete(dir.resolve("sysdescr-rules.csv"));
    write(dir, VENDORS, PENS, null);
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .hasMessageContaining("sysdescr-rules.csv:0: file not found");
  }

  @Test
  void unterminatedQuoteIsReportedWithALine(@TempDir Path dir) throws Exception {
    write(dir, VENDORS, PENS, RULES + "bad,huawei,\"VRP,,definitive,n\n");
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith("sysdescr-rules.csv:")
        .hasMessageContaining("malformed CSV");
  }

  private static void write(Path dir, String vendors, String pens, String rules)
      throws IOException {
    Files.writeString(dir.resolve("vendors.csv"), vendors);
    Files.writeString(dir.resolve("enterprise-numbers.csv"), pens);
    if (rules != null) {
      Files.writeString(dir.resolve("sysdescr-rules.csv"), rules);
    }
  }
}
