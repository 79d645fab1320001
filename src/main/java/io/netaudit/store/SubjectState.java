package io.netaudit.store;

import java.time.Instant;

/**
 * What the store knows of one subject of a site now.
 *
 * @param status the status of its latest sighting
 * @param missedRuns complete runs of the site since, that covered it and did not have it
 * @param remediatedAt when it was remediated, or null
 */
public record SubjectState(
    String site,
    String subject,
    String rowKind,
    String address,
    String mac,
    String vendor,
    String status,
    Instant firstSeen,
    Instant lastSeen,
    int missedRuns,
    Instant remediatedAt) {

  /** How people read the key: the address (and component), or the MAC. */
  public String label() {
    return Subjects.label(subject);
  }
}
