package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;

/**
 * The sweep's GET (v1 or v2c), encoded once with SNMP4J's BER classes and then copied per packet
 * with only the request id patched in. That keeps the hot path free of SNMP4J's per-request
 * bookkeeping (a pending-request entry and a timer task per packet) and of per-packet encoding.
 * Request ids are kept in [2^24, 2^31) so their minimal BER encoding is always four octets and the
 * template stays valid.
 */
final class FastGet {
  static final int MIN_REQUEST_ID = 1 << 24;

  private final byte[] template;
  private final int requestIdOffset;

  private FastGet(byte[] template, int requestIdOffset) {
    this.template = template;
    this.requestIdOffset = requestIdOffset;
  }

  static FastGet of(SnmpVersion version, byte[] community, List<OID> oids) {
    // Two encodings that differ only in the request id locate its four octets.
    byte[] a = encode(version, community, oids, 0x01020304);
    byte[] b = encode(version, community, oids, 0x05060708);
    for (int i = 0; i + 3 < a.length; i++) {
      if (a[i] == 1
          && a[i + 1] == 2
          && a[i + 2] == 3
          && a[i + 3] == 4
          && b[i] == 5
          && b[i + 3] == 8) {
        return new FastGet(a, i);
      }
    }
    throw new IllegalStateException("request id not found in the encoded GET");
  }

  /**
   * The template itself with this request id patched in: no allocation. Valid until the next call;
   * only the sending thread uses it, and a send copies the bytes before it returns.
   */
  byte[] patched(int requestId) {
    template[requestIdOffset] = (byte) (requestId >>> 24);
    template[requestIdOffset + 1] = (byte) (requestId >>> 16);
    template[requestIdOffset + 2] = (byte) (requestId >>> 8);
    template[requestIdOffset + 3] = (byte) requestId;
    return template;
  }

  /** A new datagram for this request id (at least {@link #MIN_REQUEST_ID}). */
  byte[] message(int requestId) {
    byte[] m = template.clone();
    m[requestIdOffset] = (byte) (requestId >>> 24);
    m[requestIdOffset + 1] = (byte) (requestId >>> 16);
    m[requestIdOffset + 2] = (byte) (requestId >>> 8);
    m[requestIdOffset + 3] = (byte) requestId;
    return m;
  }

  static byte[] encode(SnmpVersion version, byte[] community, List<OID> oids, int requestId) {
    PDU pdu = Pdus.of(PDU.GET, version, oids, 0);
    pdu.setRequestID(new Integer32(requestId));
    int versionNumber = version == SnmpVersion.V1 ? 0 : 1;
    int pduLength = pdu.getBERLength();
    int content =
        3 // INTEGER version: tag, length, one octet
            + 1
            + BER.getBERLengthOfLength(community.length)
            + community.length
            + pduLength;
    int total = 1 + BER.getBERLengthOfLength(content) + content;
    ByteBuffer buf = ByteBuffer.allocate(total);
    try {
      BEROutputStream out = new BEROutputStream(buf);
      BER.encodeHeader(out, BER.SEQUENCE, content);
      BER.encodeInteger(out, BER.INTEGER, versionNumber);
      BER.encodeString(out, BER.OCTETSTRING, community);
      pdu.encodeBER(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode GET", e);
    }
    return buf.array();
  }
}
