package io.netaudit.audit;

import io.netaudit.report.AuditStatus;
import io.netaudit.snmp.MacAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints of a run, in MAC order, over the compact {@link EndpointTable} they were gathered
 * in; and the MACs found to be the audited devices' own, for their rows' {@code mac} cell.
 */
final class Endpoints {
  private final EndpointTable table;
  private final long[] macs;
  private final Map<InetAddress, Set<Long>> deviceMacs;

  Endpoints(EndpointTable table, long[] sortedMacs, Map<InetAddress, Set<Long>> deviceMacs) {
    this.table = table;
    this.macs = sortedMacs;
    this.deviceMacs = deviceMacs;
  }

  /** No endpoints (endpoints not read). */
  static Endpoints none() {
    return new Endpoints(new EndpointTable(), new long[0], Map.of());
  }

  int size() {
    return macs.length;
  }

  MacAddress mac(int i) {
    return new MacAddress(macs[i]);
  }

  List<Sighting> sightings(MacAddress mac) {
    return table.sightingsOf(mac.value());
  }

  /** A device's own MACs, ascending, as {@code aa:bb:cc:dd:ee:ff}; empty when none are known. */
  List<String> macsOf(InetAddress device) {
    Set<Long> own = deviceMacs.get(device);
    if (own == null) {
      return List.of();
    }
    List<Long> sorted = new ArrayList<>(own);
    Collections.sort(sorted);
    List<String> out = new ArrayList<>(sorted.size());
    sorted.forEach(m -> out.add(new MacAddress(m).toString()));
    return out;
  }

  /** Endpoints per status, every status present (zeros included). */
  Map<AuditStatus, Long> counts(EndpointJudge judge) {
    Map<AuditStatus, Long> out = new EnumMap<>(AuditStatus.class);
    for (AuditStatus s : AuditStatus.values()) {
      out.put(s, 0L);
    }
    for (long m : macs) {
      out.merge(judge.judge(new MacAddress(m)).verdict().status(), 1L, Long::sum);
    }
    return out;
  }
}
