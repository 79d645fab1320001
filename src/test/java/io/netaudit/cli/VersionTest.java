package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --version} alone takes a short cut; it must print what picocli prints everywhere else. */
class VersionTest {
  @Test
  void theShortCutPrintsWhatTheCommandTreePrints() {
    CliRun alone = CliRun.of("--version");
    CliRun shortFlag = CliRun.of("-V");
    CliRun viaTree = CliRun.of("-v", "--version"); // two arguments: the tree answers
    assertThat(alone.exitCode()).isZero();
    assertThat(alone.out()).startsWith("netaudit ").isEqualTo(viaTree.out());
    assertThat(shortFlag.out()).isEqualTo(alone.out());
    assertThat(viaTree.exitCode()).isZero();
    assertThat(alone.err()).isEmpty();
  }
}
