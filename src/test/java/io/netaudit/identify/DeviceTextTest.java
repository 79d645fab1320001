package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceTextTest {

  @Test
  void validUtf8IsDecodedAsUtf8() {
    byte[] raw = "Copyright © 2021 Zürich".getBytes(StandardCharsets.UTF_8);
    assertThat(DeviceText.decode(raw)).isEqualTo("Copyright © 2021 Zürich");
  }

  @Test
  void invalidUtf8FallsBackToLatin1() {
    byte[] raw = {
      'H', 'u', 'a', 'w', 'e', 'i', ' ', (byte) 0xff, (byte) 0xfe, ' ', (byte) 0xc3, 0x28, 0
    };
    assertThat(DeviceText.decode(raw)).isEqualTo("Huawei \u00ff\u00fe \u00c3(\u0000");
  }

  @Test
  void latin1SysLocationIsKept() {
    assertThat(DeviceText.decode(new byte[] {'Z', (byte) 0xfc, 'r', 'i', 'c', 'h'}))
        .isEqualTo("Zürich");
  }

  @Test
  void emptyAndNullGiveEmptyString() {
    assertThat(DeviceText.decode(new byte[0])).isEmpty();
    assertThat(DeviceText.decode(null)).isEmpty();
  }
}
