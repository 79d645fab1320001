package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.snmp.Oid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignaturesFileTest {
  private static final String HEADER =
      "signature_id,vendor_id,sys_object_id,sys_descr,alone,strength,evidence,notes\n";

  private static void catalogue(Path dir, String signatures) throws Exception {
    Files.writeString(
        dir.resolve("vendors.csv"),
        "vendor_id,name,aliases,country,watch,notes\nhytera,Hytera,,CN,yes,n\n");
    Files.writeString(
        dir.resolve("enterprise-numbers.csv"), "enterprise_number,vendor_id,strength,notes\n");
    Files.writeString(
        dir.resolve("sysdescr-rules.csv"), "rule_id,vendor_id,pattern,unless,strength,notes\n");
    if (signatures != null) {
      Files.writeString(dir.resolve("signatures.csv"), HEADER + signatures);
    }
  }

  @Test
  void readsARow(@TempDir Path dir) throws Exception {
    catalogue(
        dir, "# comment\nsig-1,hytera,.1.3.6.1.4.1.26381,absent,yes,weak,\"bare, no descr\",n\n");
    Signature s = VendorCatalogue.load(dir).signatures().get(0);
    assertThat(s.id()).isEqualTo("sig-1");
    assertThat(s.vendor().id()).isEqualTo("hytera");
    assertThat(s.sysObjectId()).hasValue(Oid.parse("1.3.6.1.4.1.26381"));
    assertThat(s.noSysDescr()).isTrue();
    assertThat(s.alone()).isTrue();
    assertThat(s.strength()).isEqualTo(Strength.WEAK);
    assertThat(s.evidence()).isEqualTo("bare, no descr");
  }

  @Test
  void absentFileMeansNoSignatures(@TempDir Path dir) throws Exception {
    catalogue(dir, null);
    assertThat(VendorCatalogue.load(dir).signatures()).isEmpty();
  }

  @Test
  void bundledHasHyteras() throws Exception {
    assertThat(VendorCatalogue.loadBundled().signatures())
        .filteredOn(s -> s.vendor().id().equals("hytera"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.vendor().id()).isEqualTo("hytera");
              assertThat(s.sysObjectId()).hasValue(Oid.parse("1.3.6.1.4.1.26381"));
              assertThat(s.evidence())
                  .isEqualTo(
                      "no sysDescr beside lwIP's bare enterprise number 26381: the Hytera repeater"
                          + " signature (lwIP's own agent reports a sysDescr)");
            });
  }

  @Test
  void trailingStarNamesASubtree() throws Exception {
    Signature ale =
        VendorCatalogue.loadBundled().signatures().stream()
            .filter(s -> s.id().equals("ale-omnipcx"))
            .findFirst()
            .orElseThrow();
    assertThat(ale.subtree()).isTrue();
    assertThat(ale.sysObjectId()).hasValue(Oid.parse("1.3.6.1.4.1.637.64"));
    assertThat(ale.covers(Oid.tryParse("1.3.6.1.4.1.637.64.4400.1.1.10"))).isTrue();
    assertThat(ale.covers(Oid.tryParse("1.3.6.1.4.1.637.64"))).isTrue();
    assertThat(ale.covers(Oid.tryParse("1.3.6.1.4.1.637.61.1"))).isFalse();
    assertThat(ale.covers(Oid.tryParse("1.3.6.1.4.1.6374"))).isFalse();
    assertThat(ale.covers(Optional.empty())).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bad Id,hytera,1.3.6.1.4.1.1,absent,yes,weak,e,n  | signatures.csv:2: bad signature_id 'Bad Id'
          s,nobody,1.3.6.1.4.1.1,absent,yes,weak,e,n       | signatures.csv:2: unknown vendor_id 'nobody'
          s,hytera,1.3.x,absent,yes,weak,e,n               | signatures.csv:2: bad sys_object_id '1.3.x' (is malformed)
          s,hytera,1.3.6,empty,yes,weak,e,n                | signatures.csv:2: bad sys_descr 'empty' (expected absent or any)
          s,hytera,,any,yes,weak,e,n                       | signatures.csv:2: signature s matches every device
          s,hytera,1.3.6,any,maybe,weak,e,n                | signatures.csv:2: bad alone 'maybe' (expected yes or no)
          s,hytera,1.3.6,any,no,none,e,n                   | signatures.csv:2: bad strength 'none' for a signature
          s,hytera,1.3.6,any,no,weak,,n                    | signatures.csv:2: empty evidence in signature s
          s,hytera,1.3.6,any,no,weak,e                     | signatures.csv:2: expected 8 columns
          """)
  void refusesBadRows(String row, String message, @TempDir Path dir) throws Exception {
    catalogue(dir, row + "\n");
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void refusesARepeatedId(@TempDir Path dir) throws Exception {
    catalogue(dir, "s,hytera,1.3.6,any,no,weak,e,n\ns,hytera,1.3.7,any,no,weak,e,n\n");
    assertThatThrownBy(() -> VendorCatalogue.load(dir))
        .hasMessage("signatures.csv:3: duplicate signature_id s");
  }
}
