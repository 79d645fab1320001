package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void aMistypedCommandGetsTheCommandMeant() {
    CliRun run = CliRun.of("sacn", "10.0.0.1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElse(""))
        .isEqualTo(
            "netaudit: error: 'sacn' is not a netaudit command; did you mean 'netaudit scan'?");
    assertThat(CliRun.of("check-confg").err()).contains("did you mean 'netaudit check-config'?");
    assertThat(CliRun.of("polciy").err()).contains("did you mean 'netaudit policy'?");
  }

  @Test
  void aWordFarFromEveryCommandGetsTheListInstead() {
    CliRun run = CliRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'frobnicate' is not a netaudit command (")
        .contains("scan")
        .doesNotContain("did you mean");
  }

  @Test
  void aMistypedOptionGetsTheOptionMeantAndNothingIsSent() {
    CliRun run = CliRun.of("scan", "--timout", "2", "127.0.0.1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElse(""))
        .isEqualTo(
            "netaudit: error: unknown option '--timout' for 'netaudit scan'; did you mean '--timeout'?");
    assertThat(CliRun.of("scan", "--exlude=10.0.0.1", "10.0.0.0/24").err())
        .contains("did you mean '--exclude'?");
    assertThat(CliRun.of("scan", "--no-engine-id-prob", "127.0.0.1").err())
        .contains("did you mean '--no-engine-id-probe'?");
    assertThat(CliRun.of("check-config", "--credential", "x").err())
        .contains("did you mean '--credentials'");
    assertThat(CliRun.of("scan", "--zzzzzzzz", "127.0.0.1").err())
        .contains("unknown option '--zzzzzzzz'")
        .doesNotContain("did you mean");
  }

  @Test
  void distanceCountsATranspositionAsOneEdit() {
    assertThat(Suggestions.distance("sacn", "scan")).isEqualTo(1);
    assertThat(Suggestions.distance("scan", "scan")).isZero();
    assertThat(Suggestions.distance("diff", "demo")).isEqualTo(3);
    assertThat(Suggestions.closest("dif", List.of("diff", "demo", "scan"))).containsExactly("diff");
  }
}
