package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.target.HostResolver;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Target options resolved without any scan, so refusals of huge ranges are tested safely. */
class TargetOptionsTest {
  private static final HostResolver NO_DNS =
      host -> {
        throw new java.net.UnknownHostException(host);
      };

  private static CliContext ctx() {
    return new CliContext(
        new PrintStream(java.io.OutputStream.nullOutputStream()),
        new PrintStream(java.io.OutputStream.nullOutputStream()),
        new ByteArrayInputStream(new byte[0]),
        Map.of(),
        Clock.systemUTC());
  }

  @Test
  void theWholeIpv4SpaceIsRefusedEvenWithTheLargeScanFlag() {
    TargetOptions t = new TargetOptions();
    t.targets = List.of("0.0.0.0/0");
    t.allowLargeScan = true;
    assertThatThrownBy(() -> t.resolve(ctx(), NO_DNS, true))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'0.0.0.0/0' (command line)")
        .hasMessageContaining("never sweeps a /0");
  }

  @Test
  void listingTheWholeSpaceIsAllowedBecauseNothingIsSent() {
    TargetOptions t = new TargetOptions();
    t.targets = List.of("0.0.0.0/0");
    assertThat(t.resolve(ctx(), NO_DNS, false).maxSize()).isEqualTo(1L << 32);
  }

  private static List<String> listed(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  @Test
  void excludeTakesTheTargetGrammarCommasIncluded() {
    assertThat(listed("scan", "--list-targets", "--exclude", "10.0.0.1,5", "10.0.0.0-7"))
        .as("10.0.0.1,5 is one octet list, as a target")
        .containsExactly("10.0.0.0", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.6", "10.0.0.7");
    assertThat(listed("scan", "--list-targets", "--exclude", "10.0.0.0/30, 10.0.0.6", "10.0.0.0-7"))
        .as("a comma list of whole targets, blanks after the comma allowed")
        .containsExactly("10.0.0.4", "10.0.0.5", "10.0.0.7");
    assertThat(
            listed(
                "scan",
                "--list-targets",
                "--exclude",
                "10.0.0.1",
                "--exclude",
                "10.0.0.2 10.0.0.3",
                "10.0.0.0-4"))
        .containsExactly("10.0.0.0", "10.0.0.4");
  }

  @Test
  void listedIpv6TargetsAreRfc5952Text() {
    assertThat(listed("scan", "--list-targets", "2001:DB8::/126", "2001:db8:0:0:1::5"))
        .containsExactly(
            "2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::3", "2001:db8::1:0:0:5");
  }
}
