package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.testing.NetSnmpd;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Redaction (reliability plan R4): a canary secret planted in every credential source (credentials
 * file: community, auth-pass, priv-pass; --community-file; NETAUDIT_COMMUNITY;
 * NETAUDIT_V3_AUTH_PASS/_PRIV_PASS) never shows in stdout, stderr, a log file, the CSV, the JSON
 * Lines, --help, or a child process's command line. Against a real snmpd, so the v3 refusal and
 * success paths (and SNMP4J's logging) all run.
 */
@Timeout(120)
class SecretCanaryTest {
  private static final String CANARY = "c4n4ry7f3a9c";
  private static NetSnmpd snmpd;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(NetSnmpd.available(), "net-snmp's snmpd is not installed (.ci/run installs it)");
    snmpd = NetSnmpd.start(Files.createTempDirectory("netaudit-canary-snmpd"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (snmpd != null) {
      snmpd.close();
    }
  }

  private Path privateFile(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  private Path credentials() throws Exception {
    String[] good = SnmpV3EndToEndTest.user("sha256");
    return privateFile(
        "creds.conf",
        "[canary-community]\nversion = 2c\ncommunity = community-"
            + CANARY
            + "\n\n"
            + "[canary-unknown-user]\nversion = 3\nuser = nobody\nauth = SHA256\nauth-pass = auth-"
            + CANARY
            + "\npriv = AES128\npriv-pass = priv-"
            + CANARY
            + "\n\n"
            + "[canary-wrong-digest]\nversion = 3\nuser = sha256\nauth = SHA256\nauth-pass = auth2-"
            + CANARY
            + "\npriv = AES128\npriv-pass = priv2-"
            + CANARY
            + "\n\n"
            + "[canary-wrong-priv]\nversion = 3\nuser = sha512\nauth = SHA512\nauth-pass = sha512-auth-pass"
            + "\npriv = AES256\npriv-pass = priv3-"
            + CANARY
            + "\n\n"
            + SnmpV3EndToEndTest.profile("good", good));
  }

  private static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("NETAUDIT_COMMUNITY", "env-" + CANARY);
    env.put("NETAUDIT_V3_USER", "sha256");
    env.put("NETAUDIT_V3_AUTH", "SHA256");
    env.put("NETAUDIT_V3_AUTH_PASS", "envauth-" + CANARY);
    env.put("NETAUDIT_V3_PRIV", "AES128");
    env.put("NETAUDIT_V3_PRIV_PASS", "envpriv-" + CANARY);
    return env;
  }

  private List<String> args(Path report, String... sources) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "scan",
                "-vv",
                "-p",
                Integer.toString(snmpd.port()),
                "--timeout",
                "300ms",
                "--retries",
                "1",
                "--format",
                "csv,jsonl",
                "-o",
                report.toString(),
                "--fail-on",
                "never",
                "--all-targets"));
    a.addAll(List.of(sources));
    a.add("127.0.0.1");
    a.add("127.0.0.2"); // silent: the timeout paths log too
    return a;
  }

  @Test
  void noChannelOfAnInProcessRunShowsTheCanary() throws Exception {
    // The product's own log file (--log-file), so the test sees exactly what an admin's log would
    // hold.
    Path log = dir.resolve("netaudit.log");
    {
      Path communities = privateFile("communities.txt", "file-" + CANARY + "\n");
      Path report1 = dir.resolve("file-sources.csv");
      CliRun fromFiles =
          CliRun.of(
              Map.of(),
              "",
              args(
                      report1,
                      "--community-file",
                      communities.toString(),
                      "--credentials",
                      credentials().toString(),
                      "--log-file",
                      log.toString())
                  .toArray(new String[0]));
      assertThat(Files.readString(report1)).contains("good"); // the scan did reach the agent
      Path report2 = dir.resolve("env-sources.csv");
      CliRun fromEnv =
          CliRun.of(env(), "", args(report2, "--log-file", log.toString()).toArray(new String[0]));
      assertThat(Files.readString(report2)).contains(CredentialOptions.ENV_LABEL);
      // SNMP4J-style output after the secrets are known: through java.util.logging, like SNMP4J's
      // own.
      // (Before the next CLI run, which configures logging anew without the log file.)
      java.util.logging.Logger.getLogger("org.snmp4j.Snmp")
          .warning("target community=community-" + CANARY);
      LoggerFactory.getLogger("io.netaudit.test")
          .warn(
              "passphrase {}",
              "auth-" + CANARY,
              new IllegalStateException("bad key priv-" + CANARY));
      CliRun help = CliRun.of(env(), "", "scan", "--help");

      Map<String, String> channels = new HashMap<>();
      channels.put("stdout (files)", fromFiles.out());
      channels.put("stderr (files)", fromFiles.err());
      channels.put("stdout (env)", fromEnv.out());
      channels.put("stderr (env)", fromEnv.err());
      channels.put("--help", help.out() + help.err());
      for (Path p :
          List.of(
              report1,
              dir.resolve("file-sources.jsonl"),
              report2,
              dir.resolve("env-sources.jsonl"),
              log)) {
        channels.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
      channels.forEach((name, text) -> assertThat(text).as(name).doesNotContain(CANARY));
      assertThat(Files.readString(log)).as("the masker was at work").contains("<masked>");
      assertThat(fromFiles.err()).as("-vv did log").isNotEmpty();
    }
  }

  @Test
  void aChildProcessKeepsTheCanaryOffItsCommandLineAndOutput() throws Exception {
    // The classes under test, from the test class path (a target/netaudit.jar may be older than
    // them).
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.netaudit.Main"));
    Path report = dir.resolve("child.csv");
    cmd.addAll(args(report, "--credentials", credentials().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env());
    File out = dir.resolve("child.out").toFile();
    File err = dir.resolve("child.err").toFile();
    pb.redirectOutput(out).redirectError(err);
    Process p = pb.start();
    String cmdline =
        Files.readString(
            Path.of("/proc", Long.toString(p.pid()), "cmdline"), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(cmdline).contains("--credentials").doesNotContain(CANARY);
    assertThat(p.exitValue()).as(Files.readString(err.toPath())).isZero();
    for (Path f : List.of(out.toPath(), err.toPath(), report, dir.resolve("child.jsonl"))) {
      assertThat(Files.readString(f)).as(f.getFileName().toString()).doesNotContain(CANARY);
    }
    assertThat(Files.readString(report)).contains(",good,");
  }
}
