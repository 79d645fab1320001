package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.scan.ScanOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bounded options have one definition each: the command line shows and uses its default, and a
 * flag and a configuration value out of range get the same message.
 */
class BoundedOptionsTest {
  @TempDir Path dir;
  Map<String, String> env;

  @BeforeEach
  void isolated() {
    env = new HashMap<>();
    env.put(ConfigDefaults.SYSTEM_FILE_ENV, dir.resolve("none.conf").toString());
    env.put("XDG_CONFIG_HOME", dir.toString());
  }

  @Test
  void everyDefinitionIsAnOptionOfScanAndCheckConfigWithTheDefinitionsDefault() {
    CommandLine cl =
        Cli.tree(new CliContext(System.out, System.err, System.in, Map.of(), Clock.systemUTC()));
    for (String command : List.of("scan", "check-config")) {
      for (ScanOption<?> definition : BoundedOptions.ALL) {
        OptionSpec o =
            cl.getSubcommands().get(command).getCommandSpec().findOption("--" + definition.key());
        assertThat(o).as(command + " --" + definition.key()).isNotNull();
        assertThat(o.defaultValueString())
            .as("the default --help shows")
            .isEqualTo(String.valueOf(definition.defaultText()));
      }
    }
    assertThat(
            cl.getSubcommands().get("demo").getCommandSpec().findOption("--output").defaultValue())
        .as("other commands keep their own defaults")
        .isEqualTo("netaudit-demo-report.csv");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "port, 70000, 70000 is not in 1-65535",
    "retries, 11, 11 is not in 0-10",
    "rate, 0.5, 0.5 is not in 1-1000000 packets/s",
    "window, 0, 0 is not in 1-1000000",
    "keep, 0, 0 is not in 1-100000",
    "timeout, 20m, 20m is not in 1ms-10m"
  })
  void aFlagAndAConfigurationValueOutOfRangeGetTheSameMessage(
      String key, String value, String problem) throws Exception {
    List<String> flag = new java.util.ArrayList<>(List.of("check-config", "--" + key, value));
    if (key.equals("keep")) {
      flag.addAll(List.of("--output-dir", dir.toString()));
    }
    CliRun byFlag = CliRun.of(env, "", flag.toArray(new String[0]));
    assertThat(byFlag.exitCode()).isEqualTo(2);
    assertThat(byFlag.err()).contains(problem);
    assertThat(byFlag.err().lines().findFirst().orElse(""))
        .as("one line naming the flag")
        .contains("--" + key);

    Path config = dir.resolve("bad.conf");
    Files.writeString(config, key + " = " + value + "\n");
    CliRun byFile = CliRun.of(env, "", "check-config", "--config", config.toString());
    assertThat(byFile.exitCode()).isEqualTo(2);
    assertThat(byFile.err().lines())
        .containsExactly("netaudit: error: " + config + ":1: " + key + ": " + problem);
  }
}
