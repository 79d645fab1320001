package io.netaudit.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The sightings of MAC addresses, as parallel primitive arrays (about 21 bytes each): which device
 * (index), port (interned name), VLAN, the next sighting of the same MAC (a linked list per MAC),
 * an IP (an IPv4 address itself, or the index of an IPv6 one) and flags. Not thread-safe.
 */
final class Sightings {
  private static final byte FORWARDING = 1;
  private static final byte HAS_IP = 2;
  private static final byte IPV6 = 4;
  private static final byte FACES_SWITCH = 8;

  private int[] device = new int[1024];
  private int[] port = new int[1024];
  private int[] vlan = new int[1024];
  private int[] next = new int[1024];
  private int[] ip = new int[1024];
  private byte[] flags = new byte[1024];
  private int size;

  /** Adds a forwarding-table sighting before {@code head}; returns its index, the new head. */
  int addForwarding(int dev, int p, int v, boolean facesSwitch, int head) {
    return add(dev, p, v, 0, (byte) (FORWARDING | (facesSwitch ? FACES_SWITCH : 0)), head);
  }

  /** Adds an ARP sighting (an IPv4 address, or the index of an IPv6 one) before {@code head}. */
  int addArp(int dev, int p, int address, boolean isIpv6, int head) {
    return add(dev, p, 0, address, (byte) (HAS_IP | (isIpv6 ? IPV6 : 0)), head);
  }

  /** Adds an ARP sighting whose IP could not be read. */
  int addArpWithoutIp(int dev, int p, int head) {
    return add(dev, p, 0, 0, (byte) 0, head);
  }

  private int add(int dev, int p, int v, int address, byte f, int head) {
    if (size == device.length) {
      int n = size + (size >> 1);
      device = Arrays.copyOf(device, n);
      port = Arrays.copyOf(port, n);
      vlan = Arrays.copyOf(vlan, n);
      next = Arrays.copyOf(next, n);
      ip = Arrays.copyOf(ip, n);
      flags = Arrays.copyOf(flags, n);
    }
    device[size] = dev;
    port[size] = p;
    vlan[size] = v;
    ip[size] = address;
    flags[size] = f;
    next[size] = head;
    return size++;
  }

  int device(int s) {
    return device[s];
  }

  int port(int s) {
    return port[s];
  }

  int vlan(int s) {
    return vlan[s];
  }

  /** The next sighting of the same MAC, or -1. */
  int next(int s) {
    return next[s];
  }

  int ip(int s) {
    return ip[s];
  }

  boolean isForwarding(int s) {
    return (flags[s] & FORWARDING) != 0;
  }

  boolean hasIp(int s) {
    return (flags[s] & HAS_IP) != 0;
  }

  boolean isIpv6(int s) {
    return (flags[s] & IPV6) != 0;
  }

  boolean facesSwitch(int s) {
    return (flags[s] & FACES_SWITCH) != 0;
  }

  static int ipv4(InetAddress a) {
    byte[] b = a.getAddress();
    return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }

  static InetAddress ipv4(int v) {
    try {
      return InetAddress.getByAddress(
          new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // 4 octets are always an address
    }
  }
}
