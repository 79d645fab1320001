package io.netaudit.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One approved exception of a {@code --waivers} file: which findings it covers and until when.
 *
 * @param id the waiver's id, e.g. {@code W-2025-014}
 * @param match what a finding must match: every key given must match one of its values
 * @param reason why the exception was granted
 * @param approvedBy who approved it
 * @param ticket the change or risk-acceptance ticket
 * @param expires the last day it applies; from the next day on the finding counts again
 * @param where "file:line" of the waiver, for messages
 */
public record Waiver(
    String id,
    Map<WaiverKey, List<String>> match,
    String reason,
    String approvedBy,
    String ticket,
    LocalDate expires,
    String where) {

  public Waiver {
    Objects.requireNonNull(id, "id");
    match = Map.copyOf(match);
    Objects.requireNonNull(expires, "expires");
  }

  /** Whether the waiver still applies on {@code day}. */
  public boolean activeOn(LocalDate day) {
    return !day.isAfter(expires);
  }

  /** Whether the finding matches every key of the waiver. */
  public boolean matches(WaiverSubject subject) {
    for (Map.Entry<WaiverKey, List<String>> e : match.entrySet()) {
      if (e.getValue().stream().noneMatch(v -> e.getKey().matches(v, subject))) {
        return false;
      }
    }
    return true;
  }
}
