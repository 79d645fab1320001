package io.netaudit.text;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The one text form of an IP address in every output (report writers, the summary, target lists,
 * evidence): IPv4 dotted quad; IPv6 as RFC 5952 recommends ({@code 2001:db8::1}, not Java's {@code
 * 2001:db8:0:0:0:0:0:1}): lower-case hex without leading zeros, the longest run of two or more zero
 * groups (the first of equal runs) shortened to {@code ::}, a lone zero group kept. A scope ({@code
 * %eth0}) is kept.
 */
public final class AddressText {
  private AddressText() {}

  /** The address as text; "" for null. */
  public static String of(InetAddress address) {
    if (address == null) {
      return "";
    }
    if (!(address instanceof Inet6Address v6)) {
      return address.getHostAddress();
    }
    String text = ipv6(v6.getAddress());
    String full = v6.getHostAddress();
    int percent = full.indexOf('%');
    return percent < 0 ? text : text + full.substring(percent);
  }

  /** RFC 5952 text of 16 address bytes. */
  static String ipv6(byte[] b) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = (b[2 * i] & 0xFF) << 8 | b[2 * i + 1] & 0xFF;
    }
    if (groups[0] == 0
        && groups[1] == 0
        && groups[2] == 0
        && groups[3] == 0
        && groups[4] == 0
        && groups[5] == 0xFFFF) {
      // An IPv4-mapped address keeps its dotted quad (RFC 5952 section 5).
      return "::ffff:"
          + (b[12] & 0xFF)
          + "."
          + (b[13] & 0xFF)
          + "."
          + (b[14] & 0xFF)
          + "."
          + (b[15] & 0xFF);
    }
    int bestStart = -1;
    int bestLength = 1; // a run must be at least 2 groups long (RFC 5952 4.2.2)
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder s = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        s.append("::");
        i += bestLength - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
        s.append(':');
      }
      s.append(Integer.toHexString(groups[i]));
    }
    return s.toString();
  }
}
