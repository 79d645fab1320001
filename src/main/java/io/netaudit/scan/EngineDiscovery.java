package io.netaudit.scan;

import java.io.ByteArrayOutputStream;

/**
 * The credential-less SNMPv3 discovery request (RFC 3414 section 4): a reportable GET with an empty
 * engine ID and no user. An agent that speaks v3 answers with a REPORT whose
 * msgAuthoritativeEngineID often carries the maker's enterprise number and a MAC, even when it
 * answers no community we know. Encoded by hand because SNMP4J would run its USM machinery (and its
 * automatic resends) for what is a single fire-and-forget datagram here.
 */
final class EngineDiscovery {
  private EngineDiscovery() {}

  static byte[] message(int messageId, int requestId) {
    byte[] usm =
        tlv(
            0x30,
            concat(
                tlv(0x04, new byte[0]), // msgAuthoritativeEngineID
                integer(0), // msgAuthoritativeEngineBoots
                integer(0), // msgAuthoritativeEngineTime
                tlv(0x04, new byte[0]), // msgUserName
                tlv(0x04, new byte[0]), // msgAuthenticationParameters
                tlv(0x04, new byte[0]))); // msgPrivacyParameters
    byte[] pdu =
        tlv(0xA0, concat(integer(requestId), integer(0), integer(0), tlv(0x30, new byte[0])));
    byte[] scoped = tlv(0x30, concat(tlv(0x04, new byte[0]), tlv(0x04, new byte[0]), pdu));
    byte[] global =
        tlv(
            0x30,
            concat(integer(messageId), integer(65507), tlv(0x04, new byte[] {0x04}), integer(3)));
    return tlv(0x30, concat(integer(3), global, tlv(0x04, usm), scoped));
  }

  private static byte[] integer(int value) {
    // Minimal two's-complement encoding.
    byte[] full = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    int start = 0;
    while (start < 3
        && ((full[start] == 0 && full[start + 1] >= 0)
            || (full[start] == -1 && full[start + 1] < 0))) {
      start++;
    }
    byte[] out = new byte[4 - start];
    System.arraycopy(full, start, out, 0, out.length);
    return tlv(0x02, out);
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 4);
    out.write(tag);
    if (value.length < 128) {
      out.write(value.length);
    } else {
      out.write(0x82);
      out.write(value.length >>> 8);
      out.write(value.length);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
