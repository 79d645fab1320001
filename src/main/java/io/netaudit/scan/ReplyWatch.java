package io.netaudit.scan;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.transport.TransportListener;

/**
 * Sees every datagram the session receives, before SNMP4J's dispatcher. SNMP4J silently drops
 * what it cannot decode, which would make a device that answers with garbage look silent; this
 * watch remembers such sources so the probe can end as ERROR ("undecodable reply") rather than
 * NO_RESPONSE, and it counts replies so unmatched ones (duplicates, wrong request id, wrong source)
 * show in the summary.
 */
final class ReplyWatch implements TransportListener {
  /** Bounds the memory a flood of garbage from many sources can take. */
  private static final int MAX_REMEMBERED = 100_000;

  private final LongAdder datagrams = new LongAdder();
  private final LongAdder decodable = new LongAdder();
  private final LongAdder undecodable = new LongAdder();
  private final Map<InetAddress, String> garbledSources = new ConcurrentHashMap<>();

  @Override
  public <A extends Address> void processMessage(
      TransportMapping<? super A> transport, A from, ByteBuffer message, TransportStateReference ref) {
    datagrams.increment();
    String problem = problemWith(message.duplicate());
    if (problem == null) {
      decodable.increment();
      return;
    }
    undecodable.increment();
    if (from instanceof IpAddress && garbledSources.size() < MAX_REMEMBERED) {
      garbledSources.putIfAbsent(((IpAddress) from).getInetAddress(), problem);
    }
  }

  /** Null when the datagram decodes as an SNMP message, else a short reason. */
  static String problemWith(ByteBuffer message) {
    try {
      BERInputStream in = new BERInputStream(message);
      BER.MutableByte type = new BER.MutableByte();
      int length = BER.decodeHeader(in, type);
      if (type.getValue() != BER.SEQUENCE) {
        return "not an SNMP message";
      }
      if (length > in.available()) {
        return "message length runs past the datagram";
      }
      long start = in.getPosition();
      int version = BER.decodeInteger(in, type);
      if (version == 3) {
        return null; // SNMPv3: SNMP4J's MPv3 validates it
      }
      if (version != 0 && version != 1) {
        return "unknown SNMP version " + version;
      }
      BER.decodeString(in, type);
      PDU pdu = version == 0 ? new PDUv1() : new PDU();
      pdu.decodeBER(in);
      // SNMP4J's v1/v2c models reject a message whose SEQUENCE length differs from its content,
      // so such a reply must count as undecodable here too, or the sender looks silent.
      if (in.getPosition() - start != length) {
        return "message length does not match its content";
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "undecodable reply";
    }
  }

  /** The decode problem seen from this source, removed so memory stays bounded; null if none. */
  String takeProblem(InetAddress source) {
    return garbledSources.remove(source);
  }

  long datagrams() {
    return datagrams.sum();
  }

  long decodable() {
    return decodable.sum();
  }

  long undecodable() {
    return undecodable.sum();
  }
}
