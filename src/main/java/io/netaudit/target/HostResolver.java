package io.netaudit.target;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves a host name once, before any packet is sent. Injected so tests (and dry runs) never
 * touch DNS.
 */
@FunctionalInterface
public interface HostResolver {
  InetAddress resolve(String host) throws UnknownHostException;

  HostResolver SYSTEM = InetAddress::getByName;
}
