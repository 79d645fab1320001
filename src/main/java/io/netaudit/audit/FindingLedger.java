package io.netaudit.audit;

import io.netaudit.identify.Observations;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.Verdict;
import io.netaudit.policy.Waiver;
import io.netaudit.policy.WaiverSubject;
import io.netaudit.policy.WaiverTally;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.ComplianceFacts;
import io.netaudit.report.ReportRow;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.TableRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per run: settles each finding's standing against the calendar and the approved exceptions. Counts
 * the deadlines that have passed or fall within a year of the run's day, and applies the waivers
 * ({@link WaiverTally}): a matched row keeps its status and gains the waiver's id, expiry and
 * state. Endpoint rows, streamed rather than held, are settled by {@link EndpointCollector#settle}
 * through the same tally. Used from the one thread that builds the rows.
 */
final class FindingLedger {
  private final WaiverTally waivers;
  private final LocalDate today;
  private long overdue;
  private long dueWithinAYear;

  FindingLedger(WaiverTally waivers) {
    this.waivers = waivers;
    this.today = waivers.today();
  }

  /** The row of a finding with its waiver applied; counts its deadline. */
  ReportRow settle(ReportRow row, Verdict verdict, Observations obs, String serial) {
    count(row.compliance());
    WaiverSubject subject =
        new WaiverSubject(
            row.address(),
            macs(obs),
            serial,
            "",
            verdict.vendor().map(v -> v.id()).orElse(""),
            verdict.vendor().map(v -> v.name()).orElse(""),
            verdict.advisories().stream().map(Advisory::id).toList());
    return waiverOf(verdict.status(), subject).map(a -> waived(row, a)).orElse(row);
  }

  /** Counts a finding's deadline if it has passed or falls within a year. */
  void count(ComplianceFacts compliance) {
    if (compliance.overdueOn(today)) {
      overdue++;
    } else if (compliance.dueWithinAYearOf(today)) {
      dueWithinAYear++;
    }
  }

  /** Whether any waiver was given (else no finding needs a waiver subject built). */
  boolean hasWaivers() {
    return !waivers.isEmpty();
  }

  /** The waiver of a finding (counted in the run's tally), active or expired; empty if none. */
  Optional<WaiverTally.Applied> waiverOf(AuditStatus status, WaiverSubject subject) {
    return waivers.apply(status, subject);
  }

  /** The row with its waiver: id, expiry, state, and what the waiver says in the evidence. */
  static ReportRow waived(ReportRow row, WaiverTally.Applied a) {
    return row.waived(a.waiver().id(), a.waiver().expires(), a.state(), text(a));
  }

  private static String text(WaiverTally.Applied a) {
    Waiver w = a.waiver();
    String state =
        a.active()
            ? "active until " + w.expires() + ": not counted by --fail-on"
            : "EXPIRED on " + w.expires() + ": counts again";
    return w.id()
        + " ("
        + state
        + "): "
        + w.reason()
        + "; approved by "
        + w.approvedBy()
        + "; ticket "
        + w.ticket()
        + " ("
        + w.where()
        + ")";
  }

  /** The device's interface MACs, 12 lowercase hex digits each. */
  private static Set<String> macs(Observations obs) {
    Set<String> out = new LinkedHashSet<>();
    if (obs == null) {
      return out;
    }
    for (TableRow r : obs.rows(IfMib.IF_TABLE)) {
      MacAddress.of(r.get(IfMib.PHYS_ADDRESS).raw())
          .ifPresent(m -> out.add(HexFormat.of().formatHex(m.octets())));
    }
    return out;
  }

  LocalDate today() {
    return today;
  }

  /** The run's tally for the summary. */
  ComplianceTally tally() {
    List<String> stale = new ArrayList<>();
    for (Waiver w : waivers.stale()) {
      stale.add(w.id() + " (" + w.where() + ")");
    }
    List<String> expired = new ArrayList<>();
    for (Map.Entry<Waiver, Integer> e : waivers.expiredMatches().entrySet()) {
      expired.add(
          e.getKey().id()
              + " expired "
              + e.getKey().expires()
              + " ("
              + e.getValue()
              + (e.getValue() == 1 ? " finding" : " findings")
              + ")");
    }
    return new ComplianceTally(
        today, overdue, dueWithinAYear, waivers.waived(), waivers.activeMatched(), expired, stale);
  }
}
