package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SnmpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;

/** A request in a VLAN's context: Cisco's community indexing and SNMPv3 context name. */
class RequestTest {
  @Test
  void aVlanContextAppendsTheVlanToTheCommunityAndNamesTheV3Context() {
    Request plain = new Request(PDU.GETBULK, List.of(), SnmpVersion.V2C, 0, 16, 1, false);
    Request vlan = new Request(PDU.GETBULK, List.of(), SnmpVersion.V2C, 0, 16, 1, false, 20);
    byte[] secret = "s3cret".getBytes(StandardCharsets.US_ASCII);

    assertThat(plain.community(secret)).isEqualTo(secret);
    assertThat(plain.contextName()).isEmpty();
    assertThat(new String(vlan.community(secret), StandardCharsets.US_ASCII))
        .isEqualTo("s3cret@20");
    assertThat(vlan.contextName()).isEqualTo("vlan-20");
    assertThat(vlan.again().vlanContext()).as("a retry keeps the context").isEqualTo(20);
  }
}
