package io.netaudit.snmp;

import static java.nio.charset.StandardCharsets.US_ASCII;
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

  @Test
  void forwardingTableIndexesAndPhysicalAddressesAsTablesSendThem() {
    assertThat(MacAddress.fromIndex(Oid.parse("3.68.25.182.1.2.3"), 1))
        .hasValueSatisfying(m -> assertThat(m).hasToString("44:19:b6:01:02:03"));
    assertThat(MacAddress.fromIndex(Oid.parse("68.25.182.1.2"), 0)).as("5 arcs").isEmpty();
    assertThat(MacAddress.fromIndex(Oid.parse("68.25.182.1.2.256"), 0)).as("arc > 255").isEmpty();
    assertThat(MacAddress.fromIndex(Oid.parse("0.0.0.0.0.0"), 0)).hasValue(new MacAddress(0));

    assertThat(MacAddress.fromTable(new byte[] {0x44, 0x19, (byte) 0xb6, 1, 2, 3}))
        .hasValueSatisfying(m -> assertThat(m).hasToString("44:19:b6:01:02:03"));
    assertThat(MacAddress.fromTable("78:8a:20:43:a9:b9".getBytes(US_ASCII)))
        .hasValueSatisfying(m -> assertThat(m).hasToString("78:8a:20:43:a9:b9"));
    assertThat(MacAddress.fromTable("0:24:45:c:d:a".getBytes(US_ASCII)))
        .hasValueSatisfying(m -> assertThat(m).hasToString("00:24:45:0c:0d:0a"));
    assertThat(MacAddress.fromTable("Data".getBytes(US_ASCII))).isEmpty();
    assertThat(MacAddress.fromTable(new byte[0])).isEmpty();
    assertThat(MacAddress.fromTable(new byte[8])).as("8 octets").isEmpty();
    assertThat(MacAddress.fromTable("0:24:45:c:d:a:1".getBytes(US_ASCII))).isEmpty();
    assertThat(MacAddress.fromTable("0:24:45:c:d:abc".getBytes(US_ASCII))).isEmpty();
  }

  @Test
  void groupAndLocallyAdministeredBitsAreTold() {
    MacAddress multicast = MacAddress.parse("01:00:5e:00:00:fb").orElseThrow();
    MacAddress random = MacAddress.parse("02:11:22:33:44:55").orElseThrow();
    MacAddress camera = MacAddress.parse("44:19:b6:01:02:03").orElseThrow();
    assertThat(multicast.isGroup()).isTrue();
    assertThat(multicast.isLocallyAdministered()).isFalse();
    assertThat(random.isGroup()).isFalse();
    assertThat(random.isLocallyAdministered()).isTrue();
    assertThat(camera.isGroup() || camera.isLocallyAdministered()).isFalse();
    assertThat(camera.ouiText()).isEqualTo("44:19:b6");
  }
}
