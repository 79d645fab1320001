package io.netaudit.scan;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J's UDP transport with one addition: the sweep's hot path sends its pre-encoded datagrams on
 * the same socket through one reused {@link DatagramPacket}, without SNMP4J's per-message address
 * conversion and packet allocation. Only the sending thread calls {@link #sendRaw}.
 */
final class SweepTransport extends DefaultUdpTransportMapping {
  private final DatagramPacket packet = new DatagramPacket(new byte[0], 0);

  SweepTransport() throws SocketException {
    super();
  }

  void sendRaw(InetSocketAddress to, byte[] message) throws IOException {
    packet.setData(message);
    packet.setSocketAddress(to);
    ensureSocket().send(packet);
  }
}
