package io.netaudit.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Hand-made BER for tests: every byte is chosen here, so replies can be exactly as broken as a test
 * needs (SNMP4J's encoder would refuse to produce most of them).
 */
public final class Ber {
  public static final int SEQUENCE = 0x30;
  public static final int INTEGER = 0x02;
  public static final int OCTET_STRING = 0x04;
  public static final int NULL = 0x05;
  public static final int OID = 0x06;
  public static final int TIMETICKS = 0x43;
  public static final int COUNTER64 = 0x46;
  public static final int NO_SUCH_OBJECT = 0x80;
  public static final int NO_SUCH_INSTANCE = 0x81;
  public static final int END_OF_MIB_VIEW = 0x82;
  public static final int GET_RESPONSE = 0xA2;
  public static final int REPORT = 0xA8;

  private Ber() {}

  public static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Definite length in the shortest form. */
  public static byte[] length(int n) {
    if (n < 0x80) {
      return new byte[] {(byte) n};
    }
    if (n < 0x100) {
      return new byte[] {(byte) 0x81, (byte) n};
    }
    if (n < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    }
    return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }

  public static byte[] tlv(int tag, byte[]... content) {
    byte[] body = cat(content);
    return cat(new byte[] {(byte) tag}, length(body.length), body);
  }

  public static byte[] seq(byte[]... content) {
    return tlv(SEQUENCE, content);
  }

  /** Minimal two's-complement INTEGER. */
  public static byte[] integer(long value) {
    return tlv(INTEGER, BigInteger.valueOf(value).toByteArray());
  }

  /** INTEGER with exactly {@code width} content bytes (non-minimal when the value is small). */
  public static byte[] integerWidth(long value, int width) {
    byte[] b = new byte[width];
    for (int i = width - 1; i >= 0; i--) {
      b[i] = (byte) value;
      value >>= 8;
    }
    return tlv(INTEGER, b);
  }

  public static byte[] octets(byte[] value) {
    return tlv(OCTET_STRING, value);
  }

  public static byte[] octets(String value) {
    return octets(value.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] oid(long... subIds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subId(out, subIds[0] * 40 + subIds[1]);
    for (int i = 2; i < subIds.length; i++) {
      subId(out, subIds[i]);
    }
    return tlv(OID, out.toByteArray());
  }

  public static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    long[] ids = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = Long.parseLong(parts[i]);
    }
    return oid(ids);
  }

  private static void subId(ByteArrayOutputStream out, long v) {
    int groups = 1;
    for (long t = v >>> 7; t != 0; t >>>= 7) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      int b = (int) ((v >>> (7 * g)) & 0x7f);
      out.write(g == 0 ? b : b | 0x80);
    }
  }

  public static byte[] timeTicks(long v) {
    byte[] two = BigInteger.valueOf(v).toByteArray();
    return tlv(TIMETICKS, two);
  }

  public static byte[] nul() {
    return new byte[] {NULL, 0};
  }

  public static byte[] exception(int tag) {
    return new byte[] {(byte) tag, 0};
  }

  public static byte[] varbind(String oid, byte[] value) {
    return seq(oid(oid), value);
  }

  /** A response-type PDU: request id, error status, error index, varbind list. */
  public static byte[] pdu(
      int tag, byte[] requestId, int errorStatus, int errorIndex, byte[]... varbinds) {
    return tlv(tag, requestId, integer(errorStatus), integer(errorIndex), seq(varbinds));
  }

  /** version 0 = v1, 1 = v2c. */
  public static byte[] message(int version, byte[] community, byte[] pdu) {
    return seq(integer(version), octets(community), pdu);
  }

  public static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
