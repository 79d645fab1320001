package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SnmpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastGetTest {
  @ParameterizedTest
  @CsvSource({
    "V2C,public,16777216",
    "V2C,public,2147483647",
    "V1,public,305419896",
    "V2C,a-long-community-name,99999999"
  })
  void thePatchedTemplateIsExactlyWhatSnmp4jEncodes(
      SnmpVersion version, String community, int requestId) {
    byte[] c = community.getBytes(StandardCharsets.US_ASCII);
    FastGet template = FastGet.of(version, c, DeviceProbe.SYSTEM);
    assertThat(template.message(requestId))
        .isEqualTo(FastGet.encode(version, c, DeviceProbe.SYSTEM, requestId));
  }
}
