package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Which subcommands a command line's tree holds, and that a smaller tree answers the same. */
class SubcommandsTest {
  private static List<String> needed(String... args) {
    return Subcommands.neededFor(args).stream().map(Subcommands.Subcommand::name).toList();
  }

  private static List<String> all() {
    return Subcommands.ALL.stream().map(Subcommands.Subcommand::name).toList();
  }

  @Test
  void eachNameIsTheNameItsCommandGivesItself() {
    for (Subcommands.Subcommand s : Subcommands.ALL) {
      assertThat(new CommandLine(s.command().get()).getCommandName()).isEqualTo(s.name());
    }
  }

  @Test
  void aNamedSubcommandGetsItselfAndScan() {
    assertThat(needed("scan", "127.0.0.1")).containsExactly("scan");
    assertThat(needed("-v", "policy")).containsExactly("scan", "policy");
    assertThat(needed("-vv", "--log-level", "debug", "history", "list"))
        .containsExactly("scan", "history");
    assertThat(needed("--config=/etc/n.conf", "--log-file", "/tmp/l", "diff", "a.csv", "b.csv"))
        .containsExactly("scan", "diff");
    assertThat(needed("--verbose", "report", "--help")).containsExactly("scan", "report");
  }

  @Test
  void anythingElseGetsTheWholeTree() {
    assertThat(needed()).isEqualTo(all());
    assertThat(needed("--help")).isEqualTo(all());
    assertThat(needed("--help", "scan")).as("the root's help lists every command").isEqualTo(all());
    assertThat(needed("-vV", "scan")).isEqualTo(all());
    assertThat(needed("scna")).as("suggestions need every name").isEqualTo(all());
    assertThat(needed("@args.txt")).isEqualTo(all());
    assertThat(needed("--log-level", "scan")).as("scan is the level here").isEqualTo(all());
    assertThat(needed("--", "scan")).isEqualTo(all());
  }

  @Test
  void scanHoldsEveryConfigurationKeySoASmallerTreeChecksConfigurationAsTheWholeOne() {
    CliContext ctx = CliContext.system();
    var everyKey = ConfigDefaults.keyedOptions(Cli.tree(ctx)).keySet();
    for (String name : all()) {
      assertThat(ConfigDefaults.keyedOptions(Cli.treeFor(ctx, name)).keySet())
          .as(name)
          .isEqualTo(everyKey);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scan", "policy", "demo", "diff", "check-config", "history", "report"})
  void aSubcommandsHelpIsTheSameInItsOwnTree(String name) {
    CliContext ctx = CliContext.system();
    CommandLine whole = Cli.tree(ctx).getSubcommands().get(name);
    CommandLine own = Cli.treeFor(ctx, name, "--help").getSubcommands().get(name);

    assertThat(own.getUsageMessage(CommandLine.Help.Ansi.OFF))
        .isEqualTo(whole.getUsageMessage(CommandLine.Help.Ansi.OFF));
  }
}
