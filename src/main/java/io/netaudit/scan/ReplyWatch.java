package io.netaudit.scan;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;

/**
 * Sees every datagram the session receives, before SNMP4J's dispatcher, and remembers per source
 * address what SNMP4J would otherwise hide:
 *
 * <ul>
 *   <li>undecodable replies (SNMP4J drops them silently, so a device answering garbage would look
 *       silent; the probe ends as ERROR instead of NO_RESPONSE);
 *   <li>that a decodable v1/v2c reply arrived (a late reply to a timed-out request is the sign of a
 *       slow agent, which then gets a longer last chance);
 *   <li>the msgAuthoritativeEngineID of SNMPv3 replies to the credential-less discovery probe.
 * </ul>
 *
 * Entries are removed when the probe of that address finishes; the maps are bounded so a flood from
 * many sources cannot exhaust memory.
 *
 * <p>What it consumes (a matched reply, an undecodable datagram, an SNMPv3 discovery reply) goes no
 * further: {@link SweepTransport} hands SNMP4J's dispatcher only the rest, the replies to the
 * requests SNMP4J sent itself. Each reply is decoded once, and SNMP4J does not log the fast path's
 * replies as "cannot be matched to any outstanding request".
 */
final class ReplyWatch {
  private static final int MAX_REMEMBERED = 200_000;

  /** RFC 3411 allows 5-32 octets; SNMP4J 3.13 rejects longer ones too. */
  private static final int MAX_ENGINE_ID = 32;

  private final LongAdder datagrams = new LongAdder();
  private final LongAdder decodable = new LongAdder();
  private final LongAdder undecodable = new LongAdder();
  private final LongAdder engineReplies = new LongAdder();
  private final Map<InetAddress, String> garbled = new ConcurrentHashMap<>();
  private final Set<InetAddress> heard = ConcurrentHashMap.newKeySet();
  private final Map<InetAddress, byte[]> engineIds = new ConcurrentHashMap<>();
  private volatile ReplyMatcher matcher;

  /** Takes decoded v1/v2c replies first; a reply it consumes goes no further. */
  interface ReplyMatcher {
    boolean offer(InetAddress source, int version, byte[] community, PDU pdu);
  }

  void setMatcher(ReplyMatcher m) {
    this.matcher = m;
  }

  /**
   * Notes one datagram from {@code from}; true when it is consumed here (SNMP4J's dispatcher need
   * not see it).
   */
  boolean consume(Address from, ByteBuffer message) {
    datagrams.increment();
    InetAddress source = from instanceof IpAddress ? ((IpAddress) from).getInetAddress() : null;
    Decoded d = decode(message.duplicate());
    if (d.problem != null) {
      undecodable.increment();
      if (source != null && garbled.size() < MAX_REMEMBERED) {
        garbled.putIfAbsent(source, d.problem);
      }
      return true; // SNMP4J could not decode it either
    }
    if (d.engineId != null) {
      engineReplies.increment();
      if (source != null && engineIds.size() < MAX_REMEMBERED) {
        engineIds.putIfAbsent(source, d.engineId);
      }
      return true; // SNMPv3: this session's dispatcher has only the v1 and v2c models
    }
    decodable.increment();
    ReplyMatcher m = matcher;
    if (m != null && source != null && m.offer(source, d.version, d.community, d.pdu)) {
      return true;
    }
    if (source != null && heard.size() < MAX_REMEMBERED) {
      heard.add(source);
    }
    return false;
  }

  /** Null when the datagram decodes as an SNMP v1/v2c message, else a short reason. */
  static String problemWith(ByteBuffer message) {
    return decode(message).problem;
  }

  private static Decoded decode(ByteBuffer message) {
    try {
      BERInputStream in = new BERInputStream(message);
      BER.MutableByte type = new BER.MutableByte();
      int length = BER.decodeHeader(in, type);
      if (type.getValue() != BER.SEQUENCE) {
        return Decoded.problem("not an SNMP message");
      }
      if (length > in.available()) {
        return Decoded.problem("message length runs past the datagram");
      }
      long start = in.getPosition();
      int version = BER.decodeInteger(in, type);
      if (version == 3) {
        return engineIdOf(in, type);
      }
      if (version != 0 && version != 1) {
        return Decoded.problem("unknown SNMP version " + version);
      }
      byte[] community = BER.decodeString(in, type);
      PDU pdu = version == 0 ? new PDUv1() : new PDU();
      pdu.decodeBER(in);
      // SNMP4J's v1/v2c models reject a message whose SEQUENCE length differs from its content,
      // so such a reply must count as undecodable here too, or the sender looks silent.
      if (in.getPosition() - start != length) {
        return Decoded.problem("message length does not match its content");
      }
      return new Decoded(null, null, version, community, pdu);
    } catch (IOException | RuntimeException e) {
      return Decoded.problem("undecodable reply");
    }
  }

  /** SNMPv3: skip msgGlobalData, then read msgAuthoritativeEngineID from the USM parameters. */
  private static Decoded engineIdOf(BERInputStream in, BER.MutableByte type) throws IOException {
    int globalLength = BER.decodeHeader(in, type);
    if (type.getValue() != BER.SEQUENCE || globalLength > in.available()) {
      return Decoded.problem("undecodable SNMPv3 header");
    }
    in.skip(globalLength);
    byte[] securityParameters = BER.decodeString(in, type);
    BERInputStream usm = new BERInputStream(ByteBuffer.wrap(securityParameters));
    int usmLength = BER.decodeHeader(usm, type);
    if (type.getValue() != BER.SEQUENCE || usmLength > usm.available()) {
      return Decoded.problem("undecodable SNMPv3 security parameters");
    }
    byte[] engineId = BER.decodeString(usm, type);
    if (engineId.length < 1 || engineId.length > MAX_ENGINE_ID) {
      return Decoded.problem("SNMPv3 engine ID of " + engineId.length + " octets");
    }
    return new Decoded(null, engineId, 3, null, null);
  }

  /** What the watch saw from {@code source}; forgets it, so memory stays bounded. */
  Seen forget(InetAddress source) {
    boolean wasHeard = heard.remove(source);
    return new Seen(garbled.remove(source), wasHeard, engineIds.remove(source));
  }

  boolean hasEngineId(InetAddress source) {
    return engineIds.containsKey(source);
  }

  boolean heardFrom(InetAddress source) {
    return heard.contains(source);
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

  long engineReplies() {
    return engineReplies.sum();
  }

  /** What arrived from one address outside the matched replies. */
  record Seen(String problem, boolean heard, byte[] engineId) {}

  private static final class Decoded {
    final String problem;
    final byte[] engineId;
    final int version;
    final byte[] community;
    final PDU pdu;

    Decoded(String problem, byte[] engineId, int version, byte[] community, PDU pdu) {
      this.problem = problem;
      this.engineId = engineId;
      this.version = version;
      this.community = community;
      this.pdu = pdu;
    }

    static Decoded problem(String p) {
      return new Decoded(p, null, -1, null, null);
    }
  }
}
