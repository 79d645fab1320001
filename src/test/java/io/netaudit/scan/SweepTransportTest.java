package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SnmpVersion;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.TransportListener;

/**
 * The session's transport shows each datagram to the reply watch first; SNMP4J's dispatcher (here a
 * listener standing for it) gets only what the watch did not consume, so the fast path's replies
 * are decoded once and never logged as unmatched by SNMP4J.
 */
class SweepTransportTest {
  private static final byte[] PUBLIC = "public".getBytes(StandardCharsets.US_ASCII);
  private static final int MATCHED = 20_000_000;
  private static final int SNMP4J_OWN = 20_000_001;

  @Test
  void snmp4jSeesOnlyTheDatagramsTheWatchDidNotConsume() throws Exception {
    ReplyWatch watch = new ReplyWatch();
    SweepTransport transport = new SweepTransport(watch);
    try {
      List<Integer> dispatched = new ArrayList<>();
      transport.addTransportListener(
          new TransportListener() {
            @Override
            public <A extends Address> void processMessage(
                TransportMapping<? super A> source,
                A from,
                ByteBuffer message,
                TransportStateReference state) {
              dispatched.add(message.remaining());
            }
          });
      watch.setMatcher(
          (source, version, community, pdu) -> pdu.getRequestID().getValue() == MATCHED);
      UdpAddress agent = new UdpAddress("127.0.0.1/161");
      byte[] own = get(SNMP4J_OWN);

      transport.fireProcessMessage(agent, ByteBuffer.wrap(get(MATCHED)), null);
      transport.fireProcessMessage(agent, ByteBuffer.wrap(own), null);
      transport.fireProcessMessage(agent, ByteBuffer.wrap(new byte[] {0x30, 0x03, 0x02}), null);
      transport.fireProcessMessage(agent, ByteBuffer.wrap(EngineDiscovery.message(7, 7)), null);

      assertThat(dispatched)
          .as("only the reply to SNMP4J's own request")
          .containsExactly(own.length);
      assertThat(watch.datagrams()).isEqualTo(4);
      assertThat(watch.decodable()).isEqualTo(2);
    } finally {
      transport.close();
    }
  }

  private static byte[] get(int requestId) {
    return FastGet.encode(SnmpVersion.V2C, PUBLIC, DeviceProbe.SYSTEM, requestId);
  }
}
