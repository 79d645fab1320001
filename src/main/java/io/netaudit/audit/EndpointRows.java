package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Advisory;
import io.netaudit.report.ComplianceFacts;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.report.Subject;
import io.netaudit.snmp.MacAddress;
import io.netaudit.text.AddressText;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The endpoint rows of a run, in MAC order, each built as a writer streams it from {@link
 * Endpoints} (never held as rows: a million endpoints would not fit): located by {@link
 * EndpointLocation}, judged by {@link EndpointJudge}, with the deadline of the verdict and the
 * waiver {@link EndpointWaivers} matched to it.
 */
final class EndpointRows implements ReportRows {
  private final Endpoints endpoints;
  private final EndpointJudge judge;
  private final EndpointWaivers waived;

  EndpointRows(Endpoints endpoints, EndpointJudge judge) {
    this(endpoints, judge, EndpointWaivers.NONE);
  }

  EndpointRows(Endpoints endpoints, EndpointJudge judge, EndpointWaivers waived) {
    this.endpoints = endpoints;
    this.judge = judge;
    this.waived = waived;
  }

  @Override
  public long size() {
    return endpoints.size();
  }

  @Override
  public Cursor open() {
    return new Cursor() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < endpoints.size();
      }

      @Override
      public ReportRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        MacAddress mac = endpoints.mac(i);
        ReportRow row = row(mac, endpoints.sightings(mac), judge.judge(mac));
        return waived.of(i).map(a -> FindingLedger.waived(row, a)).orElse(row);
      }

      @Override
      public void close() {}
    };
  }

  /** One endpoint's row. */
  static ReportRow row(MacAddress mac, List<Sighting> sightings, EndpointJudge.Judged judged) {
    EndpointLocation at = EndpointLocation.of(sightings);
    Sighting edge = at.edge();
    List<String> notes = new ArrayList<>();
    notes.add("located at " + edge.where() + " (" + edge.kind() + ")");
    if (!at.others().isEmpty()) {
      notes.add(at.otherSightings());
    }
    boolean local = mac.isLocallyAdministered();
    String detail =
        local
            ? Identifier.LOCALLY_ADMINISTERED
            : "seen by "
                + edge.where()
                + (at.others().isEmpty()
                    ? ""
                    : "; "
                        + at.others().size()
                        + (at.others().size() == 1 ? " other sighting" : " other sightings")
                        + " in the evidence");
    ComplianceFacts deadline = EndpointWaivers.deadline(judged);
    return ReportRow.endpoint(judged.verdict().status())
        .deadline(deadline.deadline(), deadline.deadlineAdvisory())
        .vendor(judged.vendor())
        .advisories(judged.verdict().advisories().stream().map(Advisory::id).toList())
        .confidence(
            judged.identification().identified()
                ? judged.identification().confidence().name().toLowerCase(Locale.ROOT)
                : "")
        .evidence(RowBuilder.evidence(judged.identification(), notes, judged.verdict()))
        .polledAt(edge.polledAt())
        .detail(detail)
        .subject(Subject.endpoint(edge.seenBy()))
        .macs(List.of(mac.toString()))
        .port(edge.port())
        .vlan(edge.vlan() > 0 ? edge.vlan() : null)
        .endpointAddresses(addresses(sightings))
        .build();
  }

  /** The IPs the ARP and neighbour caches gave, IPv4 before IPv6, each once. */
  private static List<String> addresses(List<Sighting> sightings) {
    TreeSet<InetAddress> ips = new TreeSet<>(new io.netaudit.report.AddressOrder());
    for (Sighting s : sightings) {
      if (s.ip() != null) {
        ips.add(s.ip());
      }
    }
    return ips.stream().map(AddressText::of).toList();
  }
}
