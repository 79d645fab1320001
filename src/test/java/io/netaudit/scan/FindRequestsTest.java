package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SnmpVersion;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;

class FindRequestsTest {
  private final FindRequests requests = new FindRequests(2);

  @Test
  void eachKindIsOneSharedRequestWithWhatItSays() {
    for (int profile = 0; profile < 2; profile++) {
      for (SnmpVersion v : SnmpVersion.values()) {
        for (int factor : new int[] {1, FirstRound.SLOW_AGENT_TIMEOUT_FACTOR}) {
          for (boolean engine : new boolean[] {false, true}) {
            Request r = requests.get(profile, v, factor, engine);
            assertThat(r)
                .isEqualTo(new Request(PDU.GET, DeviceProbe.SYSTEM, v, profile, 0, factor, engine))
                .isSameAs(requests.get(profile, v, factor, engine));
          }
        }
      }
    }
  }

  @Test
  void aKindNotMadeAheadIsStillAnswered() {
    assertThat(requests.get(2, SnmpVersion.V2C, 1, false))
        .isEqualTo(new Request(PDU.GET, DeviceProbe.SYSTEM, SnmpVersion.V2C, 2, 0, 1, false));
    assertThat(requests.get(0, SnmpVersion.V1, 3, true))
        .isEqualTo(new Request(PDU.GET, DeviceProbe.SYSTEM, SnmpVersion.V1, 0, 0, 3, true));
  }
}
