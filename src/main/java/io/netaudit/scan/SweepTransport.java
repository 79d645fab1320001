package io.netaudit.scan;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import org.snmp4j.TransportStateReference;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * SNMP4J's UDP transport with two changes: the sweep's hot path sends its pre-encoded datagrams on
 * the same socket through one reused {@link DatagramPacket}, without SNMP4J's per-message address
 * conversion and packet allocation (only the sending thread calls {@link #sendRaw}); it receives
 * every datagram into one buffer; and it shows each datagram to the {@link ReplyWatch} first, which
 * consumes the fast path's replies, so SNMP4J's dispatcher decodes only the replies it awaits.
 */
final class SweepTransport extends DefaultUdpTransportMapping {
  private final DatagramPacket packet = new DatagramPacket(new byte[0], 0);
  private final ReplyWatch watch;

  SweepTransport(ReplyWatch watch) throws SocketException {
    super();
    this.watch = watch;
    // Replies are decoded on the listen thread (no multi-threaded dispatcher; ReplyWatch and
    // SNMP4J copy what they keep), so one receive buffer serves every datagram. SNMP4J's default
    // allocates a new 64 KiB buffer per datagram: 131 MB of garbage for a /16's 2,000 replies, and
    // three young collections of 70-90 ms that stopped the sending thread mid-sweep.
    setAsyncMsgProcessingSupported(false);
  }

  @Override
  protected void fireProcessMessage(
      UdpAddress address, ByteBuffer message, TransportStateReference state) {
    if (!watch.consume(address, message)) {
      super.fireProcessMessage(address, message, state);
    }
  }

  void sendRaw(InetSocketAddress to, byte[] message) throws IOException {
    packet.setData(message);
    packet.setSocketAddress(to);
    ensureSocket().send(packet);
  }
}
