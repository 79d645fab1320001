package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;

/** The bash completion (built by DocsGenerator from the same tree) offers the values of options. */
class CompletionTest {
  private static String bash() {
    return AutoComplete.bash(
        "netaudit",
        Cli.tree(new CliContext(System.out, System.err, System.in, Map.of(), Clock.systemUTC())));
  }

  private static String function(String script, String function) {
    int start = script.indexOf("function " + function + "()");
    assertThat(start).as(function).isNotNegative();
    return script.substring(start, script.indexOf("\n}", start));
  }

  /** The words picocli's script offers after {@code option} in {@code function}. */
  private static String offered(String script, String function, String option) {
    String body = function(script, function);
    Matcher use =
        Pattern.compile(
                "'" + Pattern.quote(option) + "'\\)\\s*\\n.*?\\$\\{(\\w+)_option_args",
                Pattern.DOTALL)
            .matcher(body);
    if (!use.find()) {
      return "";
    }
    Matcher values =
        Pattern.compile("local " + use.group(1) + "_option_args=\\(([^)]*)\\)").matcher(body);
    return values.find() ? values.group(1) : "";
  }

  @Test
  void noTwoOptionsShareTheirValueList() {
    // picocli names each value list after the option's paramLabel: two options with one label
    // (--fail-on and --log-level were both LEVEL) offer the values of the last one for both.
    String script = bash();
    Matcher f = Pattern.compile("function (_picocli_\\S+)\\(\\)").matcher(script);
    while (f.find()) {
      Matcher local =
          Pattern.compile("local (\\w+_option_args)=").matcher(function(script, f.group(1)));
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (local.find()) {
        assertThat(seen.add(local.group(1))).as(f.group(1) + " " + local.group(1)).isTrue();
      }
    }
  }

  @Test
  void formatFailOnAndLogLevelOfferTheirValues() {
    String script = bash();
    assertThat(offered(script, "_picocli_netaudit_scan", "--format"))
        .contains("csv", "jsonl", "html");
    assertThat(offered(script, "_picocli_netaudit_scan", "--fail-on"))
        .contains("restricted", "review", "never");
    assertThat(offered(script, "_picocli_netaudit_scan", "--log-level"))
        .contains("error", "warn", "info", "debug", "trace");
    assertThat(offered(script, "_picocli_netaudit_checkconfig", "--fail-on")).contains("review");
    assertThat(offered(script, "_picocli_netaudit_demo", "--fail-on")).contains("never");
    assertThat(offered(script, "_picocli_netaudit_report", "--fail-on")).contains("review");
    assertThat(offered(script, "_picocli_netaudit_scan", "--format")).contains("cyclonedx");
  }
}
