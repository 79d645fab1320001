package io.netaudit.target;

/**
 * Walks one block's addresses in natural order without allocating per address. The address is 128
 * bits split into {@link #high()} and {@link #low()}; IPv4 uses high 0 and the low 32 bits.
 */
interface BlockCursor {
  /** Moves to the next address; false once the block is exhausted. */
  boolean advance();

  long high();

  long low();
}
