package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which waiver matched which finding during one run: the waived counts per status (not counted by
 * {@code --fail-on}), the expired waivers that matched (they count again, with a warning) and the
 * stale ones (matched no finding). One per run; used from the thread that builds the rows.
 */
public final class WaiverTally {
  private final Waivers waivers;
  private final LocalDate today;
  private final Map<String, Integer> matches = new LinkedHashMap<>();
  private final Map<AuditStatus, Long> waived = new EnumMap<>(AuditStatus.class);

  public WaiverTally(Waivers waivers, LocalDate today) {
    this.waivers = waivers;
    this.today = today;
  }

  /** A finding's waiver, if one matches: active (the finding is waived) or expired. */
  public record Applied(Waiver waiver, boolean active) {
    public String state() {
      return active ? "active" : "expired";
    }
  }

  /**
   * Looks up the waiver of a finding and counts it. Only RESTRICTED and REVIEW rows are findings a
   * waiver is for; other rows are never matched.
   */
  public Optional<Applied> apply(AuditStatus status, WaiverSubject subject) {
    if (status != AuditStatus.RESTRICTED && status != AuditStatus.REVIEW) {
      return Optional.empty();
    }
    Optional<Waiver> w = waivers.match(subject);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    matches.merge(w.get().id(), 1, Integer::sum);
    boolean active = w.get().activeOn(today);
    if (active) {
      waived.merge(status, 1L, Long::sum);
    }
    return Optional.of(new Applied(w.get(), active));
  }

  /** Whether there are no waivers at all. */
  public boolean isEmpty() {
    return waivers.isEmpty();
  }

  /** Findings an active waiver covers, per status. */
  public Map<AuditStatus, Long> waived() {
    return Map.copyOf(waived);
  }

  /** Waivers that matched nothing this run. */
  public List<Waiver> stale() {
    List<Waiver> out = new ArrayList<>();
    for (Waiver w : waivers.all()) {
      if (!matches.containsKey(w.id())) {
        out.add(w);
      }
    }
    return out;
  }

  /** Expired waivers that matched findings, with how many. */
  public Map<Waiver, Integer> expiredMatches() {
    Map<Waiver, Integer> out = new LinkedHashMap<>();
    for (Waiver w : waivers.all()) {
      if (!w.activeOn(today) && matches.containsKey(w.id())) {
        out.put(w, matches.get(w.id()));
      }
    }
    return out;
  }

  /** Active waivers that matched findings. */
  public int activeMatched() {
    int n = 0;
    for (Waiver w : waivers.all()) {
      if (w.activeOn(today) && matches.containsKey(w.id())) {
        n++;
      }
    }
    return n;
  }

  public LocalDate today() {
    return today;
  }
}
