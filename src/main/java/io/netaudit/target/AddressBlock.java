package io.netaudit.target;

/**
 * A set of addresses of one family produced by a single target expression, known entirely at parse
 * time so that size and membership are cheap and iteration is lazy.
 *
 * <p>Every block lies within one {@link #high()} value (IPv4 has high 0; IPv6 prefixes are limited
 * to /96 or longer) and between {@link #firstLow()} and {@link #lastLow()} (unsigned), which lets
 * the iterator cheaply discard blocks that cannot overlap.
 */
interface AddressBlock {
  Family family();

  /** Number of addresses, at least 1 and at most 2^32. */
  long size();

  long high();

  /** Lowest low-64-bits value in the block (compare unsigned). */
  long firstLow();

  /** Highest low-64-bits value in the block (compare unsigned). */
  long lastLow();

  boolean contains(Family family, long high, long low);

  BlockCursor cursor();

  /** True when the bounding ranges intersect; a cheap pre-filter before per-address checks. */
  default boolean mayOverlap(AddressBlock other) {
    return family() == other.family()
        && high() == other.high()
        && Long.compareUnsigned(firstLow(), other.lastLow()) <= 0
        && Long.compareUnsigned(other.firstLow(), lastLow()) <= 0;
  }
}
