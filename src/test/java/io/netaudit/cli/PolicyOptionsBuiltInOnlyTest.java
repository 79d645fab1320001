package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which runs judge with the built-in data alone, and so may start sweeping while it is still being
 * read: any option that names a file or narrows the advisories makes the data input, read before
 * the first packet.
 */
class PolicyOptionsBuiltInOnlyTest {
  private static PolicyOptions scanOptions(String... args) {
    picocli.CommandLine tree = Cli.tree(CliContext.system());
    tree.parseArgs(args);
    return ((ScanCommand) tree.getSubcommands().get("scan").getCommand()).policyOptions;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--policy-dir=/etc/netaudit/policy",
        "--vendor-dir=/etc/netaudit/vendors",
        "--oui-file=/usr/share/ieee-data/oui.csv",
        "--enterprise-registry=/tmp/enterprise-numbers",
        "--jurisdiction=CZ",
        "--advisory=US-NDAA-889",
        "--waivers=/etc/netaudit/waivers.yaml"
      })
  void anOptionThatNamesInputOrNarrowsThePolicyIsNotBuiltInOnly(String option) {
    assertThat(scanOptions("scan", option, "127.0.0.1").builtInOnly()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--depth=system", "--as-of=2025-06-30", "--fail-on=review"})
  void otherOptionsKeepTheBuiltInData(String option) {
    assertThat(scanOptions("scan", option, "127.0.0.1").builtInOnly()).isTrue();
  }
}
