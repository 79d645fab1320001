package io.netaudit.audit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every MAC address the audited switches and routers know, for the whole run, kept compact: a
 * million MACs fit in tens of megabytes, not in a million report rows. Per MAC, its sightings
 * (which device, port, VLAN; or which router gave which IP); per device, its own MACs; per port,
 * how many MACs it carries. Filled one device at a time ({@link #device}) by the one thread that
 * receives the sweep's results, then {@link #finish}ed into {@link Endpoints}: the MACs that belong
 * to no audited device, in MAC order.
 */
final class EndpointTable {
  private final List<InetAddress> devices = new ArrayList<>();
  private final List<Instant> polledAt = new ArrayList<>();
  private final Map<String, Integer> portIds = new HashMap<>();
  private final List<String> portNames = new ArrayList<>();
  private final MacIndex byMac = new MacIndex();
  private long[] macs = new long[1024];
  private int[] firstSighting = new int[1024];
  private int endpoints;
  private final Sightings sightings = new Sightings();
  private final List<InetAddress> ipv6 = new ArrayList<>();
  private final Map<Integer, long[]> own = new HashMap<>();
  private final Map<Long, Integer> macsOnPort = new HashMap<>();

  /** Starts reading what one device knows; close the sink when its tables are read. */
  DeviceSink device(InetAddress address, Instant polled) {
    devices.add(address);
    polledAt.add(polled);
    return new DeviceSink(devices.size() - 1);
  }

  /**
   * How many distinct MACs were seen (endpoints and devices' own alike, before {@link #finish}).
   */
  int macsSeen() {
    return endpoints;
  }

  /**
   * The endpoints: every MAC seen that is not a device's own (its interfaces, its self entries, an
   * ARP entry whose IP is a target that answered) nor an LLDP/CDP neighbour's chassis MAC.
   *
   * @param answered the targets that answered
   * @param neighbourMacs chassis MACs of the neighbours that have rows of their own
   * @param ownedByAudited chassis MACs of neighbours that are audited devices, by device
   */
  Endpoints finish(
      Set<InetAddress> answered,
      Collection<Long> neighbourMacs,
      Map<InetAddress, Collection<Long>> ownedByAudited) {
    Map<InetAddress, Set<Long>> deviceMacs = new HashMap<>();
    own.forEach(
        (device, list) -> {
          Set<Long> s = deviceMacs.computeIfAbsent(devices.get(device), d -> new HashSet<>());
          for (long m : list) {
            s.add(m);
          }
        });
    ownedByAudited.forEach(
        (device, list) -> deviceMacs.computeIfAbsent(device, d -> new HashSet<>()).addAll(list));
    attributeByIp(answered, deviceMacs);
    MacIndex claimed = new MacIndex();
    deviceMacs.values().forEach(s -> s.forEach(m -> claimed.put(m, 0)));
    neighbourMacs.forEach(m -> claimed.put(m, 0));
    long[] open = new long[endpoints];
    int n = 0;
    for (int e = 0; e < endpoints; e++) {
      if (claimed.get(macs[e]) < 0) {
        open[n++] = macs[e];
      }
    }
    long[] sorted = Arrays.copyOf(open, n);
    Arrays.sort(sorted);
    return new Endpoints(this, sorted, deviceMacs);
  }

  /** A MAC whose ARP IP is a target that answered is that device's. */
  private void attributeByIp(Set<InetAddress> answered, Map<InetAddress, Set<Long>> deviceMacs) {
    Map<Integer, InetAddress> v4 = new HashMap<>();
    for (InetAddress a : answered) {
      if (a instanceof Inet4Address) {
        v4.put(Sightings.ipv4(a), a);
      }
    }
    for (int e = 0; e < endpoints; e++) {
      for (int s = firstSighting[e]; s >= 0; s = sightings.next(s)) {
        if (!sightings.hasIp(s)) {
          continue;
        }
        InetAddress ip = sightings.isIpv6(s) ? ipv6.get(sightings.ip(s)) : v4.get(sightings.ip(s));
        if (ip != null && answered.contains(ip)) {
          deviceMacs.computeIfAbsent(ip, d -> new HashSet<>()).add(macs[e]);
        }
      }
    }
  }

  /** The sightings of endpoint {@code mac}, in the order they were added; empty when unknown. */
  List<Sighting> sightingsOf(long mac) {
    int e = byMac.get(mac);
    List<Sighting> out = new ArrayList<>(2);
    for (int s = e < 0 ? -1 : firstSighting[e]; s >= 0; s = sightings.next(s)) {
      int device = sightings.device(s);
      int port = sightings.port(s);
      InetAddress ip = null;
      if (sightings.hasIp(s)) {
        ip = sightings.isIpv6(s) ? ipv6.get(sightings.ip(s)) : Sightings.ipv4(sightings.ip(s));
      }
      out.add(
          new Sighting(
              devices.get(device),
              polledAt.get(device),
              portNames.get(port),
              sightings.vlan(s),
              sightings.isForwarding(s),
              sightings.facesSwitch(s),
              sightings.isForwarding(s) ? macsOnPort.getOrDefault(key(device, port), 0) : 0,
              ip));
    }
    return out;
  }

  private int endpoint(long mac) {
    int e = byMac.get(mac);
    if (e >= 0) {
      return e;
    }
    if (endpoints == macs.length) {
      macs = Arrays.copyOf(macs, endpoints * 2);
      firstSighting = Arrays.copyOf(firstSighting, endpoints * 2);
    }
    e = endpoints++;
    macs[e] = mac;
    firstSighting[e] = -1;
    byMac.put(mac, e);
    return e;
  }

  private int port(String name) {
    return portIds.computeIfAbsent(
        name,
        n -> {
          portNames.add(n);
          return portNames.size() - 1;
        });
  }

  private static long key(int device, int port) {
    return ((long) device << 32) | (port & 0xffffffffL);
  }

  /** What one device knows, added as its tables are read; repeats within the device are dropped. */
  final class DeviceSink {
    private final int device;
    private final Set<Long> ownMacs = new HashSet<>();
    private final Set<Long> forwardingSeen = new HashSet<>();
    private final Set<List<Object>> arpSeen = new HashSet<>();

    private DeviceSink(int device) {
      this.device = device;
    }

    /** One of the device's own MACs (an interface, a self or mgmt entry, a local ARP entry). */
    void own(long mac) {
      ownMacs.add(mac);
    }

    /** {@code mac} was learnt on {@code port} in {@code vlan} (0 = not known). */
    void forwarding(long mac, String port, int vlan, boolean facesSwitch) {
      int p = port(port);
      if (!forwardingSeen.add(mac ^ ((long) p << 48))) {
        return;
      }
      int e = endpoint(mac);
      firstSighting[e] = sightings.addForwarding(device, p, vlan, facesSwitch, firstSighting[e]);
      macsOnPort.merge(key(device, p), 1, Integer::sum);
    }

    /**
     * The device's ARP or neighbour cache maps {@code ip} (null when its index could not be read)
     * to {@code mac} on interface {@code port}.
     */
    void arp(long mac, InetAddress ip, String port) {
      if (!arpSeen.add(Arrays.asList(mac, ip))) {
        return;
      }
      int e = endpoint(mac);
      int p = port(port);
      if (ip == null) {
        firstSighting[e] = sightings.addArpWithoutIp(device, p, firstSighting[e]);
      } else if (ip instanceof Inet4Address) {
        firstSighting[e] = sightings.addArp(device, p, Sightings.ipv4(ip), false, firstSighting[e]);
      } else {
        ipv6.add(ip);
        firstSighting[e] = sightings.addArp(device, p, ipv6.size() - 1, true, firstSighting[e]);
      }
    }

    /** The device is read: its own MACs are kept, the repeat filters dropped. */
    void close() {
      long[] list = new long[ownMacs.size()];
      int i = 0;
      for (long m : ownMacs) {
        list[i++] = m;
      }
      Arrays.sort(list);
      own.merge(device, list, (a, b) -> b);
    }
  }
}
