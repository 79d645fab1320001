package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.testing.NetSnmpd;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SNMPv3 through the CLI in-process against a real net-snmp snmpd (started here on 127.0.0.1, a
 * free port; skipped without /usr/sbin/snmpd, which .ci/run installs). Each failure reason has its
 * own case.
 */
@Timeout(60)
class SnmpV3EndToEndTest {
  private static NetSnmpd snmpd;
  private static Path agentDir;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(NetSnmpd.available(), "net-snmp's snmpd is not installed (.ci/run installs it)");
    agentDir = Files.createTempDirectory("netaudit-snmpd");
    snmpd = NetSnmpd.start(agentDir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (snmpd != null) {
      snmpd.close();
    }
  }

  static String[] user(String name) {
    return NetSnmpd.USERS.stream().filter(u -> u[0].equals(name)).findFirst().orElseThrow();
  }

  /** A profile section for a lab user, with fields overridden by {@code extra} lines. */
  static String profile(String label, String[] u, String... overrides) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "[" + label + "]",
                "version = 3",
                "user = " + u[0],
                "auth = " + u[1],
                "auth-pass = " + u[2]));
    if (u[3] != null) {
      lines.add("priv = " + u[3]);
      lines.add("priv-pass = " + u[4]);
    }
    for (String o : overrides) {
      String key = o.substring(0, o.indexOf('=')).strip();
      lines.removeIf(l -> l.startsWith(key + " "));
      lines.add(o);
    }
    return String.join("\n", lines) + "\n";
  }

  Path credentials(String text) throws Exception {
    Path f = dir.resolve("creds.conf");
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  static CliRun scan(Path creds, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(snmpd.port()),
                "--timeout",
                "400ms",
                "--retries",
                "1",
                "--credentials",
                creds.toString(),
                "-o",
                "-",
                "--fail-on",
                "never",
                // net-snmp serves its host's ARP cache: endpoint rows would depend on the machine
                "--no-endpoints"));
    args.addAll(List.of(extra));
    args.add("127.0.0.1");
    return CliRun.of(args.toArray(new String[0]));
  }

  static String DEBUG = "";

  static CSVRecord row(CliRun run) throws Exception {
    DEBUG = run.err();
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(run.out()))
            .getRecords();
    assertThat(rows).as(run.out()).hasSize(1);
    return rows.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sha256", "sha512", "md5"})
  void readsTheSystemGroupOverAuthPrivAndNamesTheProfile(String name) throws Exception {
    CSVRecord r = row(scan(credentials(profile("lab-" + name, user(name)))));
    assertThat(r.get("sys_descr")).isEqualTo(NetSnmpd.SYS_DESCR);
    assertThat(r.get("sys_name")).isEqualTo("snmpd-test");
    assertThat(r.get("snmp_version")).isEqualTo("3");
    assertThat(r.get("credential")).isEqualTo("lab-" + name);
    assertThat(r.get("detail")).doesNotContain("stopped");
  }

  @Test
  void authNoPrivProfileWorks() throws Exception {
    CSVRecord r = row(scan(credentials(profile("auth-only", user("authonly")))));
    assertThat(r.get("sys_descr")).isEqualTo(NetSnmpd.SYS_DESCR);
    assertThat(r.get("credential")).isEqualTo("auth-only");
  }

  @Test
  void profilesAreTriedInFileOrderUntilOneWorks() throws Exception {
    String text =
        "# a community that is wrong, a user that is unknown, then the right one\n"
            + "[wrong-community]\nversion = 2c\ncommunity = not-the-community\n\n"
            + profile("stranger", user("sha256"), "user = stranger")
            + "\n"
            + profile("good", user("sha512"))
            + "\n"
            + "[never-tried]\nversion = 2c\ncommunity = "
            + NetSnmpd.COMMUNITY
            + "\n";
    CSVRecord r = row(scan(credentials(text)));
    assertThat(r.get("credential")).isEqualTo("good");
    assertThat(r.get("snmp_version")).isEqualTo("3");
  }

  @Test
  void communityProfileStillUsesTheV2cPath() throws Exception {
    CSVRecord r =
        row(scan(credentials("[legacy]\nversion = 2c\ncommunity = " + NetSnmpd.COMMUNITY + "\n")));
    assertThat(r.get("credential")).isEqualTo("legacy");
    assertThat(r.get("snmp_version")).isEqualTo("2c");
  }

  // ------------------------------------------------------------------ one case per failure reason

  private void assertAuthFailed(String creds, String reason, String object) throws Exception {
    CSVRecord r = row(scan(credentials(creds)));
    assertThat(r.get("status")).as(r.toString() + DEBUG).isEqualTo("AUTH_FAILED");
    assertThat(r.get("detail")).startsWith(reason + " (" + object + ")");
    assertThat(r.get("credential")).isEqualTo("bad");
    assertThat(r.get("snmp_version")).isEqualTo("3");
  }

  @Test
  void unknownUser() throws Exception {
    assertAuthFailed(
        profile("bad", user("sha256"), "user = nobody-here"),
        "unknown user",
        "usmStatsUnknownUserNames");
  }

  @Test
  void wrongAuthPassphraseIsAWrongDigest() throws Exception {
    assertAuthFailed(
        profile("bad", user("sha256"), "auth-pass = not-the-auth-pass"),
        "wrong digest",
        "usmStatsWrongDigests");
  }

  @Test
  void wrongPrivProtocolIsADecryptionError() throws Exception {
    // net-snmp reports a decryption error when the ciphertext cannot be DES (AES-CFB output is not
    // 8-byte
    // aligned); a wrong priv passphrase of the right protocol decrypts to garbage it drops silently
    // (below).
    assertAuthFailed(
        profile("bad", user("md5"), "priv = AES128"),
        "decryption error",
        "usmStatsDecryptionErrors");
  }

  @Test
  void authPrivForAnAuthOnlyUserIsAnUnsupportedSecurityLevel() throws Exception {
    assertAuthFailed(
        profile("bad", user("authonly"), "priv = AES128", "priv-pass = some-priv-pass"),
        "unsupported security level",
        "usmStatsUnsupportedSecLevels");
  }

  @Test
  void wrongPrivPassphraseIsSilenceAfterDiscoveryNotAnAnswer() throws Exception {
    CSVRecord r =
        row(scan(credentials(profile("bad", user("sha256"), "priv-pass = not-the-priv-pass"))));
    assertThat(r.get("status")).as(r.toString()).isNotIn("AUTH_FAILED", "COMPLIANT");
    assertThat(r.get("snmp_version")).isEqualTo("3 (discovery only)");
    assertThat(r.get("detail")).contains("'bad'").contains("priv-pass");
  }

  @Test
  void severalRefusalsAreAllNamed() throws Exception {
    String text =
        profile("bad", user("sha256"), "user = nobody-here")
            + "\n"
            + profile("worse", user("sha256"), "auth-pass = not-the-auth-pass");
    CSVRecord r = row(scan(credentials(text)));
    assertThat(r.get("status")).isEqualTo("AUTH_FAILED");
    assertThat(r.get("detail"))
        .contains("unknown user")
        .contains("'bad'")
        .contains("wrong digest")
        .contains("'worse'");
  }
}
