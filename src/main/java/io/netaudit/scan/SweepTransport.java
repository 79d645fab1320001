package io.netaudit.scan;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J's UDP transport with two changes: the sweep's hot path sends its pre-encoded datagrams on
 * the same socket through one reused {@link DatagramPacket}, without SNMP4J's per-message address
 * conversion and packet allocation (only the sending thread calls {@link #sendRaw}); and it
 * receives every datagram into one buffer.
 */
final class SweepTransport extends DefaultUdpTransportMapping {
  private final DatagramPacket packet = new DatagramPacket(new byte[0], 0);

  SweepTransport() throws SocketException {
    super();
    // Replies are decoded on the listen thread (no multi-threaded dispatcher; ReplyWatch and
    // SNMP4J copy what they keep), so one receive buffer serves every datagram. SNMP4J's default
    // allocates a new 64 KiB buffer per datagram: 131 MB of garbage for a /16's 2,000 replies, and
    // three young collections of 70-90 ms that stopped the sending thread mid-sweep.
    setAsyncMsgProcessingSupported(false);
  }

  void sendRaw(InetSocketAddress to, byte[] message) throws IOException {
    packet.setData(message);
    packet.setSocketAddress(to);
    ensureSocket().send(packet);
  }
}
