package io.netaudit.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDiffTest {
  static final String HEADER =
      "address,status,vendor,advisories,confidence,evidence,sys_descr,sys_object_id,"
          + "enterprise_number,sys_name,sys_location,model,firmware,snmp_version,polled_at,sys_contact,sys_uptime,"
          + "credential,detail";

  /** A report from short rows "address|status|vendor|model|firmware|advisories". */
  static String report(String... rows) {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (String r : rows) {
      String[] f = r.split("\\|", -1);
      sb.append(
              String.join(
                  ",",
                  f[0],
                  f[1],
                  f[2],
                  f[5],
                  "high",
                  "ev",
                  "\"descr, with comma\"",
                  "1.3.6.1.4.1.9",
                  "9",
                  "name",
                  "loc",
                  f[3],
                  f[4],
                  "v2c",
                  "2025-01-02T03:04:05Z",
                  "",
                  "",
                  "lab",
                  ""))
          .append("\r\n");
    }
    return sb.toString();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "identical reports",
            report("10.0.0.1|COMPLIANT|Cisco|C2960|15.0||"),
            report("10.0.0.1|COMPLIANT|Cisco|C2960|15.0||"),
            List.of(),
            false),
        Arguments.of(
            "appeared compliant",
            report(),
            report("10.0.0.1|COMPLIANT|Cisco|C2960|15.0|"),
            List.of(
                "APPEARED 10.0.0.1 vendor '' -> 'Cisco' [COMPLIANT]",
                "APPEARED 10.0.0.1 model '' -> 'C2960' [COMPLIANT]",
                "APPEARED 10.0.0.1 firmware '' -> '15.0' [COMPLIANT]",
                "APPEARED 10.0.0.1 status '' -> 'COMPLIANT' [COMPLIANT]",
                "APPEARED 10.0.0.1 advisories '' -> '' [COMPLIANT]"),
            false),
        Arguments.of(
            "appeared restricted",
            report("10.0.0.1|COMPLIANT|Cisco|||"),
            report("10.0.0.1|COMPLIANT|Cisco|||", "10.0.0.2|RESTRICTED|Huawei|S5720||NDAA-889"),
            List.of(
                "APPEARED 10.0.0.2 vendor '' -> 'Huawei' [RESTRICTED]",
                "APPEARED 10.0.0.2 model '' -> 'S5720' [RESTRICTED]",
                "APPEARED 10.0.0.2 firmware '' -> '' [RESTRICTED]",
                "APPEARED 10.0.0.2 status '' -> 'RESTRICTED' [RESTRICTED]",
                "APPEARED 10.0.0.2 advisories '' -> 'NDAA-889' [RESTRICTED]"),
            true),
        Arguments.of(
            "disappeared restricted is not new",
            report("10.0.0.2|RESTRICTED|Huawei|||NDAA-889"),
            report(),
            List.of(
                "DISAPPEARED 10.0.0.2 vendor 'Huawei' -> '' [RESTRICTED]",
                "DISAPPEARED 10.0.0.2 model '' -> '' [RESTRICTED]",
                "DISAPPEARED 10.0.0.2 firmware '' -> '' [RESTRICTED]",
                "DISAPPEARED 10.0.0.2 status 'RESTRICTED' -> '' [RESTRICTED]",
                "DISAPPEARED 10.0.0.2 advisories 'NDAA-889' -> '' [RESTRICTED]"),
            false),
        Arguments.of(
            "firmware upgrade",
            report("10.0.0.1|COMPLIANT|Cisco|C2960|15.0|"),
            report("10.0.0.1|COMPLIANT|Cisco|C2960|15.2|"),
            List.of("CHANGED 10.0.0.1 firmware '15.0' -> '15.2' [COMPLIANT]"),
            false),
        Arguments.of(
            "changed to restricted",
            report("10.0.0.1|UNIDENTIFIED||||"),
            report("10.0.0.1|RESTRICTED|Hikvision|DS-2CD||NDAA-889"),
            List.of(
                "CHANGED 10.0.0.1 vendor '' -> 'Hikvision' [RESTRICTED]",
                "CHANGED 10.0.0.1 model '' -> 'DS-2CD' [RESTRICTED]",
                "CHANGED 10.0.0.1 status 'UNIDENTIFIED' -> 'RESTRICTED' [RESTRICTED]",
                "CHANGED 10.0.0.1 advisories '' -> 'NDAA-889' [RESTRICTED]"),
            true),
        Arguments.of(
            "still restricted, new advisory: not new",
            report("10.0.0.1|RESTRICTED|Huawei|||NDAA-889"),
            report("10.0.0.1|RESTRICTED|Huawei|||NDAA-889 FCC"),
            List.of("CHANGED 10.0.0.1 advisories 'NDAA-889' -> 'NDAA-889 FCC' [RESTRICTED]"),
            false),
        Arguments.of(
            "restricted to review",
            report("10.0.0.1|RESTRICTED|Huawei|||"),
            report("10.0.0.1|REVIEW|Huawei|||"),
            List.of("CHANGED 10.0.0.1 status 'RESTRICTED' -> 'REVIEW' [REVIEW]"),
            false),
        Arguments.of(
            "status case only is no change",
            report("10.0.0.1|restricted|Huawei|||"),
            report("10.0.0.1|RESTRICTED|Huawei|||"),
            List.of(),
            false),
        Arguments.of(
            "ipv6 spellings match",
            report("2001:db8:0:0:0:0:0:5|COMPLIANT|Cisco|||"),
            report("2001:db8::5|COMPLIANT|Cisco||16.1|"),
            List.of("CHANGED 2001:db8::5 firmware '' -> '16.1' [COMPLIANT]"),
            false),
        Arguments.of(
            "ordered by address, ipv4 numerically first",
            report("10.0.0.10|COMPLIANT|A|||", "::1|COMPLIANT|A|||"),
            report("10.0.0.9|COMPLIANT|B|||", "10.0.0.10|COMPLIANT|C|||", "::1|COMPLIANT|D|||"),
            List.of(
                "APPEARED 10.0.0.9 vendor '' -> 'B' [COMPLIANT]",
                "APPEARED 10.0.0.9 model '' -> '' [COMPLIANT]",
                "APPEARED 10.0.0.9 firmware '' -> '' [COMPLIANT]",
                "APPEARED 10.0.0.9 status '' -> 'COMPLIANT' [COMPLIANT]",
                "APPEARED 10.0.0.9 advisories '' -> '' [COMPLIANT]",
                "CHANGED 10.0.0.10 vendor 'A' -> 'C' [COMPLIANT]",
                "CHANGED ::1 vendor 'A' -> 'D' [COMPLIANT]"),
            false),
        Arguments.of(
            "duplicate addresses pair in file order",
            report("10.0.0.1|COMPLIANT|A|||"),
            report("10.0.0.1|COMPLIANT|A|||", "10.0.0.1|RESTRICTED|Huawei|||"),
            List.of(
                "APPEARED 10.0.0.1 vendor '' -> 'Huawei' [RESTRICTED]",
                "APPEARED 10.0.0.1 model '' -> '' [RESTRICTED]",
                "APPEARED 10.0.0.1 firmware '' -> '' [RESTRICTED]",
                "APPEARED 10.0.0.1 status '' -> 'RESTRICTED' [RESTRICTED]",
                "APPEARED 10.0.0.1 advisories '' -> '' [RESTRICTED]"),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diffs(
      String name, String oldCsv, String newCsv, List<String> expected, boolean newRestricted)
      throws Exception {
    List<Change> changes =
        ReportDiff.compare(
            ReportSnapshot.parse("old", oldCsv), ReportSnapshot.parse("new", newCsv));

    List<String> flat =
        changes.stream()
            .flatMap(
                c ->
                    c.fields().stream()
                        .map(
                            f ->
                                c.kind()
                                    + " "
                                    + c.address()
                                    + " "
                                    + f.field()
                                    + " '"
                                    + f.oldValue()
                                    + "' -> '"
                                    + f.newValue()
                                    + "' ["
                                    + c.status()
                                    + "]"))
            .toList();
    assertThat(flat).containsExactlyElementsOf(expected);
    assertThat(ReportDiff.hasNewRestricted(changes)).isEqualTo(newRestricted);
  }

  static Stream<Arguments> notReports() {
    return Stream.of(
        Arguments.of("", "empty file"),
        Arguments.of("\r\n\r\n", "empty file"),
        Arguments.of(
            "hello world\nthis is text\n",
            "no column address, status, vendor, advisories, model, firmware"),
        Arguments.of(
            "address,status\r\n10.0.0.1,COMPLIANT\r\n",
            "no column vendor, advisories, model, firmware"),
        Arguments.of(
            HEADER + "\r\n10.0.0.1,COMPLIANT\r\n", "line 2 has 2 cells, the header has 19"),
        Arguments.of(
            HEADER + "\r\n" + ",COMPLIANT" + ",".repeat(17) + "\r\n", "line 2 has no address"),
        Arguments.of(HEADER + "\r\n\"unterminated,COMPLIANT\r\n", "is not a valid netaudit report"),
        Arguments.of(
            "address,address,status,vendor,advisories,model,firmware\r\n",
            "is not a valid netaudit report"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("notReports")
  void rejectsFilesThatAreNotReports(String text, String message) {
    assertThatThrownBy(() -> ReportSnapshot.parse("x.csv", text))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("x.csv ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @org.junit.jupiter.api.Test
  void acceptsBomExtraColumnsAndAnyColumnOrder() throws Exception {
    ReportSnapshot r =
        ReportSnapshot.parse(
            "x",
            "\uFEFFfirmware,extra,model,advisories,vendor,status,address\r\n"
                + "1.0,z,M,,V,COMPLIANT,10.0.0.1\r\n");
    assertThat(r.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.address()).isEqualTo("10.0.0.1");
              assertThat(d.get("firmware")).isEqualTo("1.0");
              assertThat(d.get("vendor")).isEqualTo("V");
            });
  }

  @org.junit.jupiter.api.Test
  void csvOutputIsSanitizedAndTextOutputShowsOldToNew() throws Exception {
    ReportSnapshot before =
        ReportSnapshot.parse("old.csv", report("10.0.0.1|COMPLIANT|Cisco|C2960|15.0|"));
    ReportSnapshot after =
        ReportSnapshot.parse(
            "new.csv",
            report(
                "10.0.0.1|RESTRICTED|\"=HYPERLINK(\"\"x\"\")\"|C2960|\"15.2\u001b[2J\"|NDAA-889"));
    List<Change> changes = ReportDiff.compare(before, after);

    StringWriter csv = new StringWriter();
    DiffFormat.CSV.write(csv, "old.csv", "new.csv", changes);
    assertThat(Arrays.asList(csv.toString().split("\r\n")))
        .containsExactly(
            "change,address,field,old,new,status",
            "CHANGED,10.0.0.1,vendor,Cisco,\"'=HYPERLINK(\"\"x\"\")\",RESTRICTED",
            "CHANGED,10.0.0.1,firmware,15.0,15.2\\x1b[2J,RESTRICTED",
            "CHANGED,10.0.0.1,status,COMPLIANT,RESTRICTED,RESTRICTED",
            "CHANGED,10.0.0.1,advisories,,NDAA-889,RESTRICTED");

    StringWriter text = new StringWriter();
    DiffFormat.TEXT.write(text, "old.csv", "new.csv", changes);
    assertThat(text.toString())
        .isEqualTo(
            """
        netaudit diff: old.csv -> new.csv
        0 appeared, 0 disappeared, 1 changed; 1 new RESTRICTED finding

        CHANGED (1)
        ! 10.0.0.1  RESTRICTED
              vendor: Cisco -> =HYPERLINK("x")
              firmware: 15.0 -> 15.2\\x1b[2J
              status: COMPLIANT -> RESTRICTED
              advisories: (empty) -> NDAA-889
        """);
  }

  static final String ENDPOINT_HEADER = HEADER + ",row_type,seen_by,mac,port,vlan";

  /** A report of endpoint rows "mac|status|vendor|seen_by|port|vlan|ips". */
  static String endpoints(String... rows) {
    StringBuilder sb = new StringBuilder(ENDPOINT_HEADER).append("\r\n");
    for (String r : rows) {
      String[] f = r.split("\\|", -1);
      String[] cells = new String[24];
      java.util.Arrays.fill(cells, "");
      cells[0] = f[6];
      cells[1] = f[1];
      cells[2] = f[2];
      cells[19] = "endpoint";
      cells[20] = f[3];
      cells[21] = f[0];
      cells[22] = f[4];
      cells[23] = f[5];
      sb.append(String.join(",", cells)).append("\r\n");
    }
    return sb.toString();
  }

  @org.junit.jupiter.api.Test
  void endpointsAreComparedByMacAndAMoveIsAChangeOfItsOwn() throws Exception {
    ReportSnapshot before =
        ReportSnapshot.parse(
            "old.csv",
            endpoints(
                "44:19:b6:01:02:03|REVIEW|Hikvision|10.0.0.2|Gi1/0/7|10|10.0.10.50",
                "00:1b:54:00:00:01|COMPLIANT|Cisco|10.0.0.2|Gi1/0/8|10|",
                "02:11:22:33:44:55|UNIDENTIFIED||10.0.0.2|Gi1/0/9|10|"));
    ReportSnapshot after =
        ReportSnapshot.parse(
            "new.csv",
            endpoints(
                "44:19:b6:01:02:03|REVIEW|Hikvision|10.0.0.3|Gi1/0/2|10|10.0.10.51",
                "00:1b:54:00:00:01|COMPLIANT|Cisco|10.0.0.2|Gi1/0/8|10|",
                "00:0f:e2:aa:bb:cc|REVIEW|H3C|10.0.0.2|Gi1/0/4|10|"));

    List<Change> changes = ReportDiff.compare(before, after);

    assertThat(changes)
        .extracting(c -> c.kind() + " " + c.address())
        .containsExactly(
            "APPEARED 00:0f:e2:aa:bb:cc",
            "DISAPPEARED 02:11:22:33:44:55",
            "MOVED 44:19:b6:01:02:03");
    Change moved = changes.get(2);
    assertThat(moved.fields())
        .extracting(f -> f.field() + " " + f.oldValue() + " -> " + f.newValue())
        .containsExactly("seen_by 10.0.0.2 -> 10.0.0.3", "port Gi1/0/7 -> Gi1/0/2");
    assertThat(changes.get(0).fields())
        .extracting(f -> f.field() + "=" + f.newValue())
        .contains("status=REVIEW", "seen_by=10.0.0.2", "port=Gi1/0/4");
    StringWriter text = new StringWriter();
    DiffFormat.TEXT.write(text, "old.csv", "new.csv", changes);
    assertThat(text.toString())
        .contains("1 appeared, 1 disappeared, 0 changed, 1 moved; 0 new RESTRICTED findings")
        .contains("MOVED (1)")
        .contains("      port: Gi1/0/7 -> Gi1/0/2");
  }
}
