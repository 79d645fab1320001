package io.netaudit.report;

import java.time.Instant;

/**
 * Where a row was seen and since when, from the audit history store: the row's site, and the start
 * of the first and of the latest complete run of that site in which its subject (an address, a
 * component, a MAC) answered. Text is "" and times null when unknown (no store, or never seen).
 *
 * @param site the site whose collector made the row (a name given with {@code --site})
 * @param firstSeen the start of the first complete run that had the subject
 * @param lastSeen the start of the latest run that had it (this one when it answered now)
 */
public record History(String site, Instant firstSeen, Instant lastSeen) {
  /** Nothing known. */
  public static final History NONE = new History("", null, null);

  public History {
    site = Texts.orEmpty(site);
  }
}
