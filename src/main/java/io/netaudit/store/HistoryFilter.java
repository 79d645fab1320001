package io.netaudit.store;

import java.time.Instant;

/**
 * What the history command asks for; null means "any".
 *
 * @param site one site
 * @param subject an address or a MAC, spelled as {@link Subjects#normalize} makes it: the device at
 *     that address (and its components), or the endpoint with that MAC (and devices that have it)
 * @param vendor part of the maker's name, any case
 * @param since events from then on (subjects: last seen from then on)
 */
public record HistoryFilter(String site, String subject, String vendor, Instant since) {
  public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null);
}
