package io.netaudit.report;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;

/** Orders addresses: IPv4 before IPv6, numerically by bytes (so 10.0.0.9 precedes 10.0.0.10). */
public final class AddressOrder implements Comparator<InetAddress> {
  @Override
  public int compare(InetAddress a, InetAddress b) {
    byte[] x = a.getAddress();
    byte[] y = b.getAddress();
    if (x.length != y.length) {
      return Integer.compare(x.length, y.length);
    }
    int byBytes = Arrays.compareUnsigned(x, y);
    if (byBytes != 0) {
      return byBytes;
    }
    // Same bytes with different scopes (fe80::1%eth0 vs %eth1) are different targets; keep their
    // order stable.
    return Integer.compare(scope(a), scope(b));
  }

  private static int scope(InetAddress address) {
    return address instanceof Inet6Address v6 ? v6.getScopeId() : 0;
  }
}
