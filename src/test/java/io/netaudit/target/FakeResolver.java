package io.netaudit.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

/** Test resolver backed by a map; never touches DNS. Counts lookups per name. */
final class FakeResolver implements HostResolver {
  private final Map<String, byte[]> table = new HashMap<>();
  private final Map<String, Integer> calls = new HashMap<>();

  FakeResolver with(String host, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    table.put(host, b);
    return this;
  }

  int calls(String host) {
    return calls.getOrDefault(host, 0);
  }

  @Override
  public InetAddress resolve(String host) throws UnknownHostException {
    calls.merge(host, 1, Integer::sum);
    byte[] address = table.get(host);
    if (address == null) {
      throw new UnknownHostException(host);
    }
    // getByAddress with a host name attaches the name without any lookup.
    return InetAddress.getByAddress(host, address);
  }
}
