package io.netaudit.target;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Conversions between InetAddress and the (family, high, low) form used internally. Always built
 * from bytes, never from strings, so no conversion can trigger a DNS lookup.
 */
final class Addresses {
  private Addresses() {}

  static Family family(InetAddress address) {
    if (address instanceof Inet4Address) {
      return Family.IPV4;
    }
    if (address instanceof Inet6Address) {
      return Family.IPV6;
    }
    throw new IllegalArgumentException("unsupported address type: " + address.getClass());
  }

  static long high(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 16 ? readLong(b, 0) : 0;
  }

  static long low(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 16) {
      return readLong(b, 8);
    }
    return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
  }

  static InetAddress toInet(Family family, long high, long low) {
    try {
      if (family == Family.IPV4) {
        int v = (int) low;
        return InetAddress.getByAddress(
            new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
      }
      byte[] b = new byte[16];
      writeLong(b, 0, high);
      writeLong(b, 8, low);
      // Inet6Address.getByAddress rather than InetAddress.getByAddress: the latter turns
      // ::ffff:a.b.c.d into an Inet4Address, and IPv6 targets must stay Inet6Address.
      return Inet6Address.getByAddress(null, b, -1);
    } catch (UnknownHostException e) {
      // Only thrown for a wrong byte-array length, which cannot happen here.
      throw new IllegalStateException(e);
    }
  }

  private static long readLong(byte[] b, int offset) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[offset + i] & 0xFFL);
    }
    return v;
  }

  private static void writeLong(byte[] b, int offset, long v) {
    for (int i = 7; i >= 0; i--) {
      b[offset + i] = (byte) v;
      v >>>= 8;
    }
  }
}
