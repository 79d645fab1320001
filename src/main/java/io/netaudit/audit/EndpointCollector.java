package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import io.netaudit.policy.Waiver;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.MacFacts;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.RowKind;
import io.netaudit.snmp.ProbeResult;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints of one run: reads each answering device's forwarding and ARP tables as its result
 * arrives ({@link #read}), and at the end ({@link #finish}) decides which MACs are the audited
 * devices' own (their rows' {@code mac} cell) and which are endpoints, judged and streamed as rows.
 * Off ({@link #off()}) it reads nothing and finds nothing.
 */
final class EndpointCollector {
  private final EndpointTable table;
  private final EndpointJudge judge;
  private final List<Waiver> waivers;
  private Endpoints endpoints = Endpoints.none();
  private EndpointWaivers waived = EndpointWaivers.NONE;

  private EndpointCollector(EndpointTable table, EndpointJudge judge, List<Waiver> waivers) {
    this.table = table;
    this.judge = judge;
    this.waivers = waivers;
  }

  static EndpointCollector of(Identifier identifier, Policy policy) {
    return new EndpointCollector(
        new EndpointTable(), new EndpointJudge(identifier, policy), policy.waivers().all());
  }

  static EndpointCollector off() {
    return new EndpointCollector(null, null, List.of());
  }

  boolean on() {
    return table != null;
  }

  /**
   * Reads what an answering device knows; returns the notes on entries skipped (for its detail).
   */
  List<String> read(ProbeResult probe) {
    if (table == null) {
      return List.of();
    }
    EndpointTable.DeviceSink sink = table.device(probe.address(), probe.polledAt());
    try {
      return EndpointReader.read(probe.inventory(), sink);
    } finally {
      sink.close();
    }
  }

  /**
   * Decides the endpoints once every result is in.
   *
   * @param answered the targets that answered
   * @param neighbours the LLDP/CDP neighbours reported, with or without rows of their own
   */
  void finish(Set<InetAddress> answered, Collection<Neighbour> neighbours) {
    if (table == null) {
      return;
    }
    List<Long> neighbourMacs = new ArrayList<>();
    Map<InetAddress, Collection<Long>> ownedByAudited = new HashMap<>();
    for (Neighbour n : neighbours) {
      if (n.chassisMac() == null) {
        continue;
      }
      if (n.managementAddress() != null && answered.contains(n.managementAddress())) {
        ownedByAudited
            .computeIfAbsent(n.managementAddress(), a -> new ArrayList<>())
            .add(n.chassisMac().value());
      } else {
        neighbourMacs.add(n.chassisMac().value());
      }
    }
    endpoints = table.finish(answered, neighbourMacs, ownedByAudited);
  }

  /**
   * Settles the endpoints' findings in the run's ledger, once, after {@link #finish} and before the
   * ledger's tally is read: their deadlines are counted and their waivers matched ({@link
   * EndpointWaivers}).
   */
  void settle(FindingLedger ledger) {
    if (table != null) {
      waived = EndpointWaivers.settle(endpoints, judge, ledger, waivers);
    }
  }

  /** Fills each device row's {@code mac} cell with the device's own MACs. */
  void addDeviceMacs(List<ReportRow> rows) {
    if (table == null) {
      return;
    }
    for (ListIterator<ReportRow> it = rows.listIterator(); it.hasNext(); ) {
      ReportRow r = it.next();
      if (r.subject().kind() == RowKind.DEVICE) {
        List<String> macs = endpoints.macsOf(r.address());
        if (!macs.isEmpty()) {
          it.set(r.withMacFacts(new MacFacts(macs, "", null, List.of())));
        }
      }
    }
  }

  /** The endpoint rows, in MAC order, built as they stream. */
  ReportRows rows() {
    return table == null ? ReportRows.of(List.of()) : new EndpointRows(endpoints, judge, waived);
  }

  /** Endpoints per status; empty when endpoints are off. */
  Map<AuditStatus, Long> counts() {
    return table == null ? Map.of() : endpoints.counts(judge);
  }
}
