package io.netaudit.target;

import java.util.Arrays;

/**
 * An nmap-style octet range such as 10.1.0-3.1-254: the cross product of four sets of octet values.
 * Iterated like an odometer, so it is never expanded in memory.
 */
final class OctetPattern implements AddressBlock {
  /** Sorted distinct values per octet, most significant first. */
  private final int[][] values;

  /** Membership per octet, so contains() is four array lookups. */
  private final boolean[][] member;

  /**
   * @param values four non-empty arrays of sorted distinct values in 0..255
   */
  OctetPattern(int[][] values) {
    if (values.length != 4) {
      throw new IllegalArgumentException("need 4 octets");
    }
    this.values = new int[4][];
    this.member = new boolean[4][256];
    for (int i = 0; i < 4; i++) {
      this.values[i] = values[i].clone();
      for (int v : values[i]) {
        member[i][v] = true;
      }
    }
  }

  @Override
  public Family family() {
    return Family.IPV4;
  }

  @Override
  public long size() {
    long size = 1;
    for (int[] octet : values) {
      size *= octet.length;
    }
    return size;
  }

  @Override
  public long high() {
    return 0;
  }

  @Override
  public long firstLow() {
    return pack(values[0][0], values[1][0], values[2][0], values[3][0]);
  }

  @Override
  public long lastLow() {
    return pack(last(0), last(1), last(2), last(3));
  }

  private int last(int octet) {
    return values[octet][values[octet].length - 1];
  }

  private static long pack(int a, int b, int c, int d) {
    return ((long) a << 24) | (b << 16) | (c << 8) | d;
  }

  @Override
  public boolean contains(Family family, long high, long low) {
    return family == Family.IPV4
        && high == 0
        && (low >>> 32) == 0
        && member[0][(int) (low >>> 24) & 0xFF]
        && member[1][(int) (low >>> 16) & 0xFF]
        && member[2][(int) (low >>> 8) & 0xFF]
        && member[3][(int) low & 0xFF];
  }

  @Override
  public BlockCursor cursor() {
    return new Cursor();
  }

  @Override
  public String toString() {
    return "OctetPattern" + Arrays.deepToString(values);
  }

  private final class Cursor implements BlockCursor {
    /** Index into values[i] per octet; null until the first advance. */
    private int[] index;

    private boolean exhausted;

    @Override
    public boolean advance() {
      if (exhausted) {
        return false;
      }
      if (index == null) {
        index = new int[4];
        return true;
      }
      for (int i = 3; i >= 0; i--) {
        if (++index[i] < values[i].length) {
          return true;
        }
        index[i] = 0;
      }
      exhausted = true;
      return false;
    }

    @Override
    public long high() {
      return 0;
    }

    @Override
    public long low() {
      return pack(
          values[0][index[0]], values[1][index[1]], values[2][index[2]], values[3][index[3]]);
    }
  }
}
