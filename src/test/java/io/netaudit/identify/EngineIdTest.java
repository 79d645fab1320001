package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
        # case                      | hex                                          | enterprise | format | mac               | text
        huawei MAC                  | 800007db03286ed4a1b2c3                       | 2011       | 3      | 28:6e:d4:a1:b2:c3 |
        cisco MAC                   | 800000090300000c123456                       | 9          | 3      | 00:00:0c:12:34:56 |
        high bit only PEN 0         | 800000000100000000                           | 0          | 1      |                   |
        IPv4                        | 800000090100000001                           | 9          | 1      |                   |
        IPv4 value                  | 80001f8801c0a80001                           | 8072       | 1      |                   |
        IPv6                        | 800000090220010db8000000000000000000000001   | 9          | 2      |                   |
        text                        | 800007db04737769746368                       | 2011       | 4      |                   | switch
        octets                      | 80000009050102030405                         | 9          | 5      |                   |
        net-snmp enterprise-specific| 80001f8880b1c2d3e4f5a6b7c8                   | 8072       | 128    |                   |
        max enterprise              | ffffffff8001                                 | 2147483647 | 128    |                   |
        MAC too short               | 800007db03286ed4a1b2                         | 2011       | 3      |                   |
        MAC too long                | 800007db03286ed4a1b2c3d4                     | 2011       | 3      |                   |
        format only                 | 800007db03                                   | 2011       | 3      |                   |
        legacy 12 octets            | 000007db0102030405060708                     | 2011       | 0      |                   |
        legacy wrong length         | 000007db01020304                             | -1         | -1     |                   |
        truncated 4 octets          | 800007db                                     | -1         | -1     |                   |
        one octet                   | 80                                           | -1         | -1     |                   |
        empty                       |                                              | -1         | -1     |                   |
        all zero                    | 0000000000000000                             | -1         | -1     |                   |
        over 32 octets              | 800007db05000102030405060708090a0b0c0d0e0f101112131415161718191a1b | -1 | -1 |           |
        """)
  void decodes(String name, String hex, long enterprise, int format, String mac, String text) {
    byte[] raw = hex == null ? new byte[0] : HexFormat.of().parseHex(hex);
    EngineId e = EngineId.decode(raw);
    assertThat(e.enterprise()).as(name).isEqualTo(enterprise);
    assertThat(e.format()).as(name).isEqualTo(format);
    assertThat(e.mac()).as(name).isEqualTo(mac == null ? "" : mac);
    assertThat(e.text()).as(name).isEqualTo(text == null ? "" : text);
    assertThat(e.hex()).isEqualTo(hex == null ? "" : hex);
    assertThat(e.raw()).isEqualTo(raw);
    assertThat(e).isEqualTo(EngineId.decode(raw.clone()));
    assertThat(e.toString()).doesNotContain("\n");
  }

  @org.junit.jupiter.api.Test
  void nullAndCopies() {
    assertThat(EngineId.decode(null).enterprise()).isEqualTo(-1);
    byte[] raw = HexFormat.of().parseHex("800007db03286ed4a1b2c3");
    EngineId e = EngineId.decode(raw);
    raw[4] = 0;
    e.raw()[4] = 0;
    assertThat(e.format()).isEqualTo(3);
    assertThat(e.hex()).isEqualTo("800007db03286ed4a1b2c3");
  }
}
