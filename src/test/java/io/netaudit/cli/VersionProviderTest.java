package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.policy.Policy;
import org.junit.jupiter.api.Test;

class VersionProviderTest {
  @Test
  void versionNamesThePolicysNewestAdvisoryAndTheRegistriesDates() throws Exception {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    String newest = Policy.loadBundled().newestAdvisoryDate().orElseThrow().toString();
    assertThat(run.out().lines()).first().asString().startsWith("netaudit ");
    assertThat(run.out())
        .contains(
            "policy: " + Policy.loadBundled().advisories().size() + " advisories, newest " + newest)
        .containsPattern("data: IEEE OUI \\d{4}-\\d{2}-\\d{2}, IANA PEN \\d{4}-\\d{2}-\\d{2}");
    assertThat(CliRun.of("scan", "--version").out())
        .as("every command's --version")
        .contains(newest);
  }
}
