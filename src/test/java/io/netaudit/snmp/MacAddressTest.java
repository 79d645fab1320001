package io.netaudit.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacAddressTest {
  @Test
  void fromSixOctetsNotAllZero() {
    byte[] raw = {0x28, 0x6e, (byte) 0xd4, (byte) 0xa1, (byte) 0xb2, (byte) 0xc3};
    assertThat(MacAddress.of(raw))
        .hasValueSatisfying(m -> assertThat(m).hasToString("28:6e:d4:a1:b2:c3"));
    assertThat(MacAddress.of(raw).orElseThrow().octets()).isEqualTo(raw);
    assertThat(MacAddress.of(new byte[6])).isEmpty();
    assertThat(MacAddress.of(new byte[] {1, 2, 3, 4, 5})).isEmpty();
    assertThat(MacAddress.of(new byte[8])).isEmpty();
    assertThat(MacAddress.of(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "28:6E:D4:A1:B2:C3",
    "28-6e-d4-a1-b2-c3",
    "286e.d4a1.b2c3",
    "286ed4a1b2c3",
    "' 28:6e:d4:a1:b2:c3 '"
  })
  void parsesTheUsualSpellings(String text) {
    assertThat(MacAddress.parse(text)).hasValue(new MacAddress(0x286ed4a1b2c3L));
  }

  @ParameterizedTest
  @CsvSource({"28:6e:d4", "zz:6e:d4:a1:b2:c3", "''", "28:6e:d4:a1:b2:c3:00"})
  void refusesTheRest(String text) {
    assertThat(MacAddress.parse(text)).isEmpty();
  }

  @Test
  void localAndGroupBits() {
    assertThat(new MacAddress(0x286ed4a1b2c3L).isLocalOrGroup()).isFalse();
    assertThat(new MacAddress(0xc256e3123456L).isLocalOrGroup()).as("local").isTrue();
    assertThat(new MacAddress(0x01005e000001L).isLocalOrGroup()).as("multicast").isTrue();
    assertThatThrownBy(() -> new MacAddress(1L << 48)).isInstanceOf(IllegalArgumentException.class);
  }
}
