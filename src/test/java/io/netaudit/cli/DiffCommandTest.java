package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code netaudit diff} in-process: exit codes, output targets, error messages. */
class DiffCommandTest {
  private static final String HEADER =
      "address,status,vendor,advisories,confidence,evidence,sys_descr,sys_object_id,"
          + "enterprise_number,sys_name,sys_location,model,firmware,snmp_version,polled_at,sys_contact,sys_uptime,"
          + "credential,detail\r\n";
  private static final String CISCO =
      "10.0.0.1,COMPLIANT,Cisco,,high,ev,Cisco IOS,1.3.6.1.4.1.9,9,sw1,,C2960,15.0,v2c,2025-01-02T03:04:05Z,,,lab,\r\n";
  private static final String CISCO_UPGRADED = CISCO.replace(",15.0,", ",15.2,");
  private static final String HUAWEI =
      "10.0.0.2,RESTRICTED,Huawei,NDAA-889,high,ev,VRP,1.3.6.1.4.1.2011,2011,core,,"
          + "S5720,,v2c,2025-01-02T03:04:05Z,,,lab,\r\n";

  @TempDir Path dir;

  static Stream<Arguments> exitCodes() {
    return Stream.of(
        Arguments.of("no change", HEADER + CISCO, HEADER + CISCO, 0),
        Arguments.of("firmware changed", HEADER + CISCO, HEADER + CISCO_UPGRADED, 0),
        Arguments.of("restricted appeared", HEADER + CISCO, HEADER + CISCO + HUAWEI, 1),
        Arguments.of("restricted disappeared", HEADER + CISCO + HUAWEI, HEADER + CISCO, 0),
        Arguments.of(
            "changed to restricted",
            HEADER + CISCO,
            HEADER + HUAWEI.replace("10.0.0.2", "10.0.0.1"),
            1));
  }

  @ParameterizedTest(name = "{0} -> exit {3}")
  @MethodSource("exitCodes")
  void exitCodeSaysWhetherANewRestrictedFindingAppeared(
      String name, String old, String now, int exit) throws Exception {
    CliRun run = CliRun.of("diff", write("old.csv", old), write("new.csv", now));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void textGoesToStdout() throws Exception {
    CliRun run =
        CliRun.of(
            "diff",
            write("old.csv", HEADER + CISCO),
            write("new.csv", HEADER + CISCO_UPGRADED + HUAWEI));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("1 appeared, 0 disappeared, 1 changed; 1 new RESTRICTED finding")
        .contains("! 10.0.0.2  RESTRICTED  vendor=Huawei  model=S5720  advisories=NDAA-889")
        .contains("  10.0.0.1  COMPLIANT\n      firmware: 15.0 -> 15.2\n");
  }

  @Test
  void csvToAFile() throws Exception {
    Path out = dir.resolve("changes.csv");
    CliRun run =
        CliRun.of(
            "diff",
            write("old.csv", HEADER + CISCO),
            write("new.csv", HEADER + CISCO_UPGRADED),
            "--format",
            "CSV",
            "-o",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out))
        .isEqualTo(
            "change,address,field,old,new,status\r\nCHANGED,10.0.0.1,firmware,15.0,15.2,COMPLIANT\r\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("old.csv", "new.csv", "changes.csv");
    }
  }

  @Test
  void notANetauditReportIsAOneLineUsageError() throws Exception {
    CliRun run =
        CliRun.of(
            "diff",
            write("old.csv", HEADER + CISCO),
            write("notes.csv", "name,phone\r\nann,123\r\n"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("netaudit: error: ")
                    .contains("notes.csv is not a netaudit report (no column address"));
  }

  @Test
  void binaryFileIsAUsageError() throws Exception {
    Path bin = dir.resolve("image.csv");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0});
    CliRun run = CliRun.of("diff", bin.toString(), write("new.csv", HEADER));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not a netaudit report (not UTF-8 text)");
  }

  @Test
  void missingFileIsAUsageError() throws Exception {
    CliRun run = CliRun.of("diff", dir.resolve("nope.csv").toString(), write("new.csv", HEADER));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read ").contains("nope.csv: no such file");
  }

  @Test
  void usageErrors() throws Exception {
    String old = write("old.csv", HEADER);
    assertThat(CliRun.of("diff", old).exitCode()).isEqualTo(2);
    CliRun badFormat = CliRun.of("diff", old, old, "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format");
  }

  @Test
  void unwritableOutputIsExit3() throws Exception {
    String old = write("old.csv", HEADER + CISCO);
    CliRun run = CliRun.of("diff", old, old, "-o", dir.resolve("no/such/dir/out.txt").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("netaudit: error: cannot write ").contains("out.txt");
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.of("diff", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("OLD.csv", "NEW.csv", "--format", "a new RESTRICTED finding");
  }

  private String write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }
}
