package io.netaudit.target;

/**
 * A contiguous run of addresses: a literal, a CIDR block or a resolved host. All addresses share
 * {@code high}; {@code firstLow..lastLow} is an unsigned range of at most 2^32 values.
 */
record AddressRange(Family family, long high, long firstLow, long lastLow) implements AddressBlock {

  static AddressRange single(Family family, long high, long low) {
    return new AddressRange(family, high, low, low);
  }

  /**
   * The network containing {@code low} with {@code hostBits} host bits (0..32). Host bits set in
   * the input are cleared, i.e. 10.0.0.5/24 means 10.0.0.0/24 as in nmap.
   */
  static AddressRange network(Family family, long high, long low, int hostBits) {
    long span = (1L << hostBits) - 1;
    long first = low & ~span;
    return new AddressRange(family, high, first, first | span);
  }

  @Override
  public long size() {
    return lastLow - firstLow + 1;
  }

  @Override
  public boolean contains(Family family, long high, long low) {
    return family == this.family
        && high == this.high
        && Long.compareUnsigned(low, firstLow) >= 0
        && Long.compareUnsigned(low, lastLow) <= 0;
  }

  @Override
  public BlockCursor cursor() {
    return new Cursor();
  }

  /** Counts down instead of comparing to lastLow so that ranges ending at all-ones terminate. */
  private final class Cursor implements BlockCursor {
    private long remaining = size();
    private long current = firstLow - 1;

    @Override
    public boolean advance() {
      if (remaining == 0) {
        return false;
      }
      remaining--;
      current++;
      return true;
    }

    @Override
    public long high() {
      return high;
    }

    @Override
    public long low() {
      return current;
    }
  }
}
