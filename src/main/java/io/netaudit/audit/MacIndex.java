package io.netaudit.audit;

import java.util.Arrays;

/**
 * MAC address (48 bits in a long) -> small int, open addressing: a million MACs cost about 12 bytes
 * each instead of the 80 of a {@code HashMap<Long, Integer>} entry. Not thread-safe.
 */
final class MacIndex {
  private static final long EMPTY = -1L; // not a 48-bit value

  private long[] keys;
  private int[] values;
  private int size;

  MacIndex() {
    keys = new long[1024];
    Arrays.fill(keys, EMPTY);
    values = new int[1024];
  }

  int size() {
    return size;
  }

  /** The value of {@code mac}, or -1 when absent. */
  int get(long mac) {
    int i = slot(mac, keys);
    return keys[i] == mac ? values[i] : -1;
  }

  /** Maps {@code mac} to {@code value} (replacing any earlier value). */
  void put(long mac, int value) {
    int i = slot(mac, keys);
    if (keys[i] != mac) {
      if ((size + 1) * 4L > keys.length * 3L) {
        grow();
        i = slot(mac, keys);
      }
      keys[i] = mac;
      size++;
    }
    values[i] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j], keys);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** The slot holding {@code mac}, or the empty slot where it would go. */
  private static int slot(long mac, long[] table) {
    int mask = table.length - 1;
    // MACs of one maker share their high bits: mix them all before taking the low ones.
    long h = mac * 0x9E3779B97F4A7C15L;
    int i = (int) (h >>> 32) & mask;
    while (table[i] != EMPTY && table[i] != mac) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
