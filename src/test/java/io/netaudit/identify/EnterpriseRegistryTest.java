package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseRegistryTest {

  /** A hand-written sample in the IANA layout (not a copy of the real file). */
  private static final String IANA =
      """
            PRIVATE ENTERPRISE NUMBERS

            (last updated 2031-02-03)

            SMI Network Management Private Enterprise Codes:

            Prefix: iso.org.dod.internet.private.enterprise (1.3.6.1.4.1)

            Decimal
            | Organization
            | | Contact
            | | | Email
            | | | |
            0
              Reserved
                Example Contact
                  nobody&example.org
            9
              Example Routers Inc.
                Some One
                  someone&example.com
            77
               Three Space Indent GmbH&Co.KG
                A Contact
                  a&example.de
            78
             One Space Org (formerly Old Name Ltd)
                B Contact
                  b&example.de
            79
              Unassigned
                Returned 2020-01-01
                  ---none---
            80
                  Indented Too Far
                    ---none---
            81
              Renamed Corp (previously Earlier Corp)
                C
                  c&example.org
            4294967295
              Last Number Org
                D
                  d&example.org
            End of Document
            """;

  @Test
  void parsesIanaFormat() throws Exception {
    EnterpriseRegistry r = EnterpriseRegistry.parse("enterprise-numbers", IANA, "test");
    assertThat(r.date()).hasValue(LocalDate.of(2031, 2, 3));
    assertThat(r.organisation(9)).hasValue("Example Routers Inc.");
    assertThat(r.organisation(77)).hasValue("Three Space Indent GmbH&Co.KG");
    assertThat(r.organisation(78)).hasValue("One Space Org");
    assertThat(r.organisation(81)).hasValue("Renamed Corp");
    assertThat(r.organisation(4294967295L)).hasValue("Last Number Org");
    assertThat(r.organisation(0)).isEmpty();
    assertThat(r.organisation(79)).isEmpty();
    assertThat(r.organisation(80)).isEmpty();
    assertThat(r.size()).isEqualTo(5);
  }

  @Test
  void truncatedIanaFileFails() {
    String cut = IANA.substring(0, IANA.indexOf("4294967295"));
    assertThatThrownBy(() -> EnterpriseRegistry.parse("enterprise-numbers", cut, "test"))
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessageStartingWith("enterprise-numbers:")
        .hasMessageContaining("no 'End of Document' line: truncated file?");
  }

  @Test
  void parsesTableFormatAndErrors() throws Exception {
    String tsv =
        "# header\n# (last updated 2024-08-23)\n\n9\tciscoSystems\n2011 \t HUAWEI Technology Co.,Ltd\n";
    EnterpriseRegistry r = EnterpriseRegistry.parse("enterprise-registry.tsv", tsv, "test");
    assertThat(r.organisation(2011)).hasValue("HUAWEI Technology Co.,Ltd");
    assertThat(r.date()).hasValue(LocalDate.of(2024, 8, 23));
    assertThatThrownBy(() -> EnterpriseRegistry.parse("x.tsv", "9\tcisco\nnot a row\n", "test"))
        .hasMessageStartingWith("x.tsv:2: expected 'number<TAB>organisation'");
    assertThatThrownBy(() -> EnterpriseRegistry.parse("x.tsv", "99999999999\tbig\n", "test"))
        .hasMessageStartingWith("x.tsv:1: enterprise number 99999999999 above");
    assertThatThrownBy(() -> EnterpriseRegistry.parse("x.tsv", "# only comments\n", "test"))
        .hasMessageContaining("no enterprise numbers");
  }

  @Test
  void loadsPlainAndGzipFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("enterprise-numbers"), IANA);
    assertThat(EnterpriseRegistry.load(dir.resolve("enterprise-numbers")).organisation(9))
        .isPresent();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("9\tciscoSystems\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("pens.tsv.gz"), bytes.toByteArray());
    assertThat(EnterpriseRegistry.load(dir.resolve("pens.tsv.gz")).organisation(9))
        .hasValue("ciscoSystems");
    Files.write(dir.resolve("bad.gz"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> EnterpriseRegistry.load(dir.resolve("bad.gz")))
        .hasMessageStartingWith("bad.gz:0: not valid gzip");
    assertThatThrownBy(() -> EnterpriseRegistry.load(dir.resolve("nope")))
        .hasMessageEndingWith("nope:0: file not found");
  }

  @Test
  void shippedTableMatchesDebianCopyWhenPresent() throws Exception {
    Path system = Path.of("/usr/share/wireshark/enterprises.tsv");
    if (Files.isRegularFile(system)) {
      EnterpriseRegistry r = EnterpriseRegistry.load(system);
      assertThat(r.organisation(2011)).hasValue("HUAWEI Technology Co.,Ltd");
      assertThat(r.date()).isPresent();
    }
  }
}
