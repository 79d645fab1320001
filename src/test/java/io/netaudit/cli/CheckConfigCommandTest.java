package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** check-config takes every scan option and checks what they name, the credentials file first. */
class CheckConfigCommandTest {
  @TempDir Path dir;
  Map<String, String> env;

  @BeforeEach
  void noMachineConfig() {
    env = new HashMap<>();
    env.put(ConfigDefaults.SYSTEM_FILE_ENV, dir.resolve("none.conf").toString());
    env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
  }

  @Test
  void everyOptionOfScanIsAnOptionOfCheckConfig() {
    CommandLine cl =
        Cli.tree(new CliContext(System.out, System.err, System.in, Map.of(), Clock.systemUTC()));
    Set<String> scan = names(cl.getSubcommands().get("scan"));
    Set<String> check = names(cl.getSubcommands().get("check-config"));
    scan.remove("--list-targets"); // an action, not a setting
    assertThat(check)
        .as("add scan options to ScanOptions (or one of its mixins), not to ScanCommand alone")
        .containsAll(scan);
    assertThat(cl.getSubcommands().get("check-config").getCommandSpec().positionalParameters())
        .as("targets too")
        .isNotEmpty();
  }

  private static Set<String> names(CommandLine cl) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      names.addAll(Set.of(o.names()));
    }
    return names;
  }

  private Path credentials(String mode, String... lines) throws Exception {
    Path f = dir.resolve("creds.conf");
    Files.write(f, java.util.List.of(lines));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
    return f;
  }

  @Test
  void aGoodCredentialsFileIsListedByLabelNeverBySecret() throws Exception {
    Path f =
        credentials(
            "rw-------",
            "[core-v3]           # tried first",
            "user = auditor",
            "auth = SHA256",
            "auth-pass = s3cret-auth-pass",
            "[legacy]",
            "community = s3cret-community");
    CliRun run = CliRun.of(env, "", "check-config", "--credentials", f.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("credential profiles, in the order tried: core-v3, legacy")
        .contains("configuration OK")
        .doesNotContain("s3cret");
  }

  @Test
  void aBrokenOrLooseCredentialsFileIsExit2WithItsLine() throws Exception {
    Path f = credentials("rw-------", "[core-v3]", "user = auditor", "auth = SHA1024");
    CliRun broken = CliRun.of(env, "", "check-config", "--credentials", f.toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("creds.conf").contains("SHA1024");
    Path loose = credentials("rw-r--r--", "[legacy]", "community = s3cret-community");
    CliRun open = CliRun.of(env, "", "check-config", "--credentials", loose.toString());
    assertThat(open.exitCode()).isEqualTo(2);
    assertThat(open.err()).contains("chmod 600").doesNotContain("s3cret");
  }

  @Test
  void targetsAndExclusionsAreCheckedWhenGiven() {
    CliRun ok = CliRun.of(env, "", "check-config", "--exclude", "127.0.0.1,5", "127.0.0.0/24");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("targets: up to 256 addresses");
    CliRun bad = CliRun.of(env, "", "check-config", "127.0.0.300");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("127.0.0.300");
  }
}
