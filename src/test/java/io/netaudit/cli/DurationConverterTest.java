package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @ParameterizedTest(name = "{0} = {1} ms")
  @CsvSource({
    "2, 2000",
    "2.5, 2500",
    "0.2, 200",
    "2s, 2000",
    "1500ms, 1500",
    "1m, 60000",
    "' 3 S ', 3000",
    "10 ms, 10"
  })
  void aBareNumberIsSecondsLikeNmapAndSnmpwalk(String text, long millis) {
    assertThat(converter.convert(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void outOfRangeAndNonsenseAreRefusedWithTheRange() {
    assertThatThrownBy(() -> converter.convert("0.0001"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("is not in 1ms-10m");
    assertThatThrownBy(() -> converter.convert("601")).hasMessageContaining("is not in 1ms-10m");
    assertThatThrownBy(() -> converter.convert("soon")).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> converter.convert("-1")).hasMessageContaining("not a duration");
  }

  @Test
  void theFlagTakesABareNumberAsSeconds() {
    CliRun flag = CliRun.of("check-config", "--timeout", "2");
    assertThat(flag.exitCode()).as(flag.err()).isZero();
    CliRun tooLong = CliRun.of("check-config", "--timeout", "900");
    assertThat(tooLong.exitCode()).isEqualTo(2);
    assertThat(tooLong.err()).contains("--timeout").contains("15m is not in 1ms-10m");
  }
}
