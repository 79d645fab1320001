package io.netaudit.audit;

import io.netaudit.policy.Advisory;
import io.netaudit.policy.Waiver;
import io.netaudit.policy.WaiverSubject;
import io.netaudit.policy.WaiverTally;
import io.netaudit.report.ComplianceFacts;
import io.netaudit.snmp.MacAddress;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which waiver covers which endpoint of a run. Endpoint rows are built again each time a writer
 * streams them, so the waivers are matched once, in one pass before the run's tally is closed
 * ({@link #settle}): each match is counted there exactly once, and what matched is kept compactly
 * (one int per endpoint, only when some waiver matched) for the rows to show. The pass also counts
 * the endpoints' deadlines (overdue, due within a year) as the device rows' are.
 *
 * <p>An endpoint's waiver subject: its MAC, the IPs the ARP and neighbour caches gave, its maker
 * (the catalogue's id and name, or the IEEE registrant's name) and its advisories. It has no serial
 * and no site.
 */
final class EndpointWaivers {
  /** No endpoint is waived. */
  static final EndpointWaivers NONE = new EndpointWaivers(List.of(), null, null);

  private final List<Waiver> waivers;

  /** Per endpoint index: 1 + the index of its waiver in {@link #waivers}; 0 for none. */
  private final int[] matched;

  private final LocalDate today;

  private EndpointWaivers(List<Waiver> waivers, int[] matched, LocalDate today) {
    this.waivers = waivers;
    this.matched = matched;
    this.today = today;
  }

  /** Counts every endpoint's deadline and matches the RESTRICTED and REVIEW ones to waivers. */
  static EndpointWaivers settle(
      Endpoints endpoints, EndpointJudge judge, FindingLedger ledger, List<Waiver> waivers) {
    int[] matched = null;
    for (int i = 0; i < endpoints.size(); i++) {
      MacAddress mac = endpoints.mac(i);
      EndpointJudge.Judged judged = judge.judge(mac);
      ledger.count(deadline(judged));
      if (!ledger.hasWaivers()) {
        continue;
      }
      Optional<WaiverTally.Applied> a =
          ledger.waiverOf(judged.verdict().status(), subject(mac, endpoints, judged));
      if (a.isPresent()) {
        if (matched == null) {
          matched = new int[endpoints.size()];
        }
        matched[i] = 1 + waivers.indexOf(a.get().waiver());
      }
    }
    return matched == null ? NONE : new EndpointWaivers(waivers, matched, ledger.today());
  }

  /** The waiver of the endpoint at index {@code i}, if one matched. */
  Optional<WaiverTally.Applied> of(int i) {
    if (matched == null || matched[i] == 0) {
      return Optional.empty();
    }
    Waiver w = waivers.get(matched[i] - 1);
    return Optional.of(new WaiverTally.Applied(w, w.activeOn(today)));
  }

  /** The deadline an endpoint's verdict carries (a RESTRICTED one's earliest obligation). */
  static ComplianceFacts deadline(EndpointJudge.Judged judged) {
    return new ComplianceFacts(
        judged.verdict().deadline().flatMap(o -> o.deadline()).orElse(null),
        judged.verdict().deadline().map(o -> o.advisory().id()).orElse(""),
        "",
        null,
        "");
  }

  private static WaiverSubject subject(
      MacAddress mac, Endpoints endpoints, EndpointJudge.Judged judged) {
    Set<InetAddress> ips = new LinkedHashSet<>();
    for (Sighting s : endpoints.sightings(mac)) {
      if (s.ip() != null) {
        ips.add(s.ip());
      }
    }
    return new WaiverSubject(
        new ArrayList<>(ips),
        Set.of(String.format("%012x", mac.value())),
        "",
        "",
        judged.verdict().vendor().map(v -> v.id()).orElse(""),
        judged.vendor(),
        judged.verdict().advisories().stream().map(Advisory::id).toList());
  }
}
