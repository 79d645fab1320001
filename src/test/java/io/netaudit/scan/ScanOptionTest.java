package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One definition per bounded option: its default text, its range check and its message. */
class ScanOptionTest {
  @Test
  void defaultsAreWrittenAsAUserWouldWriteThem() {
    assertThat(SweepSettings.PORT.defaultText()).isEqualTo("161");
    assertThat(SweepSettings.TIMEOUT.defaultText()).isEqualTo("1s");
    assertThat(SweepSettings.RETRIES.defaultText()).isEqualTo("3");
    assertThat(SweepSettings.RATE.defaultText()).isEqualTo("5000");
    assertThat(SweepSettings.WINDOW.defaultText()).as("derived, so none").isNull();
  }

  @Test
  void aValueOutsideTheRangeIsNamedWithTheRangeAndUnit() {
    assertThat(SweepSettings.PORT.problem(70000)).isEqualTo("70000 is not in 1-65535");
    assertThat(SweepSettings.PORT.problem(1)).isNull();
    assertThat(SweepSettings.PORT.problem(65535)).isNull();
    assertThat(SweepSettings.RETRIES.problem(-1)).isEqualTo("-1 is not in 0-10");
    assertThat(SweepSettings.RATE.problem(0.5)).isEqualTo("0.5 is not in 1-1000000 packets/s");
    assertThat(SweepSettings.RATE.problem(0.0)).isEqualTo("0 is not in 1-1000000 packets/s");
    assertThat(SweepSettings.RATE.problem(Double.NaN)).startsWith("NaN is not in");
    assertThat(SweepSettings.TIMEOUT.problem(Duration.ofMinutes(20)))
        .isEqualTo("20m is not in 1ms-10m");
    assertThat(SweepSettings.TIMEOUT.problem(Duration.ofNanos(400_000)))
        .isEqualTo("0.4ms is not in 1ms-10m");
    assertThat(SweepSettings.TIMEOUT.problem(Duration.ofMillis(600_001)))
        .isEqualTo("600001ms is not in 1ms-10m");
    assertThat(SweepSettings.TIMEOUT.problem(Duration.ofMinutes(10))).isNull();
  }

  @Test
  void aValueOfAnotherTypeIsNotThisOptionsToJudge() {
    assertThat(SweepSettings.PORT.problemOf(70000)).isNotNull();
    assertThat(SweepSettings.PORT.problemOf("70000")).isNull();
    assertThat(SweepSettings.PORT.problemOf(null)).isNull();
  }

  @Test
  void theSettingsRecordRejectsWithTheSameMessagePrefixedByTheKey() {
    SweepSettings.Builder b = SweepSettings.builder(java.util.List.of(Probes.PUBLIC));
    assertThatThrownBy(() -> b.set(SweepSettings.PORT, 70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 70000 is not in 1-65535");
    assertThatThrownBy(
            () ->
                SweepSettings.builder(java.util.List.of(Probes.PUBLIC))
                    .set(SweepSettings.RATE, 0.0)
                    .build())
        .hasMessage("rate 0 is not in 1-1000000 packets/s");
  }

  @Test
  void theBuilderStartsFromTheDefinitionsAndDerivesTheWindow() {
    SweepSettings s = SweepSettings.builder(java.util.List.of(Probes.PUBLIC)).build();
    assertThat(s.port()).isEqualTo(161);
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.retries()).isEqualTo(3);
    assertThat(s.ratePerSecond()).isEqualTo(5000);
    assertThat(s.window()).as("rate x timeout x 1.25").isEqualTo(6250);
    assertThat(SweepSettings.defaultWindow(10, Duration.ofSeconds(1))).isEqualTo(256);
    assertThat(SweepSettings.defaultWindow(1_000_000, Duration.ofSeconds(1))).isEqualTo(65_536);
  }

  @Test
  void aDefaultOutsideItsOwnRangeIsAProgrammingError() {
    assertThatThrownBy(() -> ScanOption.ints("bad", 0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
