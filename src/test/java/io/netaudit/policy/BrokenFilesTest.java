package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken file must fail the load with one line naming the file and the line at fault. */
class BrokenFilesTest {
  private static final String ADVISORIES =
      "# comment\r\n"
          + "id,issuer,jurisdiction,date,title,url\r\n"
          + "\r\n"
          + "US-NDAA-889,US Congress,US,2020-08-13,\"Section 889, FY2019 NDAA\",https://example.org/889\r\n"
          + "# another comment\r\n"
          + "CZ-NUKIB-2018,NUKIB,CZ,2018-12-17,Warning,\r\n";
  private static final String RULES =
      "vendor_id,status,scope,advisories,notes\n"
          + "huawei,restricted,\"All telecom equipment\",US-NDAA-889 CZ-NUKIB-2018,\n"
          + "# comment\n"
          + "h3c,review,\"Network equipment\",,\"multi\nline note\"\n";

  @TempDir Path dir;

  @Test
  void validFilesLoadWithCommentsBlankLinesQuotesAndBom() throws Exception {
    write("\uFEFF" + ADVISORIES, RULES);

    Policy policy = Policy.load(dir);

    assertThat(policy.advisories())
        .extracting(Advisory::title)
        .containsExactly("Section 889, FY2019 NDAA", "Warning");
    assertThat(policy.ruleFor("h3c").orElseThrow().notes()).isEqualTo("multi line note");
  }

  @Test
  void badDate() throws Exception {
    write(ADVISORIES.replace("2018-12-17", "17.12.2018"), RULES);
    assertFails("advisories.csv:6: bad date '17.12.2018' for CZ-NUKIB-2018, expected yyyy-mm-dd");
  }

  @Test
  void duplicateAdvisoryId() throws Exception {
    write(ADVISORIES + "US-NDAA-889,Someone,US,2021-01-01,Again,\r\n", RULES);
    assertFails("advisories.csv:7: duplicate advisory id US-NDAA-889 (first on line 4)");
  }

  @Test
  void missingColumn() throws Exception {
    write(ADVISORIES.replace("NUKIB,CZ,2018-12-17,Warning,", "NUKIB,CZ,2018-12-17,Warning"), RULES);
    assertFails(
        "advisories.csv:6: expected 6 columns (id,issuer,jurisdiction,date,title,url), found 5");
  }

  @Test
  void wrongHeader() throws Exception {
    write(ADVISORIES.replace("title,url", "name,url"), RULES);
    assertFails(
        "advisories.csv:2: no column title, unknown column name in the header"
            + " (expected id,issuer,jurisdiction,date,title,url,covers,produced_for_others,"
            + "coverage_reliability,coverage_source)");
  }

  @Test
  void unknownAdvisoryId() throws Exception {
    write(ADVISORIES, RULES.replace("CZ-NUKIB-2018,", "CZ-NUKIB-2019,"));
    assertFails(
        "restricted-vendors.csv:2: unknown advisory id CZ-NUKIB-2019 for huawei (not in advisories.csv)");
  }

  @Test
  void badStatus() throws Exception {
    write(ADVISORIES, RULES.replace("h3c,review", "h3c,banned"));
    assertFails("restricted-vendors.csv:4: bad status 'banned', expected restricted or review");
  }

  @Test
  void restrictedWithoutAdvisory() throws Exception {
    write(ADVISORIES, RULES.replace("h3c,review", "h3c,restricted"));
    assertFails("restricted-vendors.csv:4: restricted vendor h3c cites no advisory");
  }

  @Test
  void duplicateVendor() throws Exception {
    write(ADVISORIES, RULES + "huawei,review,x,,\n");
    assertFails("restricted-vendors.csv:6: duplicate vendor_id huawei (first on line 2)");
  }

  @Test
  void notUtf8() throws Exception {
    write(ADVISORIES, RULES);
    Files.write(
        dir.resolve("restricted-vendors.csv"),
        RULES.replace("Network", "N\u00e9twork").getBytes(StandardCharsets.ISO_8859_1));
    assertFails("restricted-vendors.csv:4: not valid UTF-8 (byte 0xe9)");
  }

  @Test
  void missingFile() throws Exception {
    Files.writeString(dir.resolve("advisories.csv"), ADVISORIES);
    assertFails("restricted-vendors.csv: missing file");
  }

  private void write(String advisories, String rules) throws IOException {
    Files.writeString(dir.resolve("advisories.csv"), advisories);
    Files.writeString(dir.resolve("restricted-vendors.csv"), rules);
  }

  private void assertFails(String expectedSuffix) {
    assertThatThrownBy(() -> Policy.load(dir))
        .isInstanceOf(PolicyException.class)
        .hasMessage(
            dir.resolve(expectedSuffix.substring(0, expectedSuffix.indexOf(".csv") + 4))
                + expectedSuffix.substring(expectedSuffix.indexOf(".csv") + 4))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
