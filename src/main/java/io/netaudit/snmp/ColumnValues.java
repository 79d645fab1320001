package io.netaudit.snmp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one table row as an immutable map, column number -> value, over two arrays: the
 * column numbers (ascending, shared by every row of a walk) and this row's values (null where the
 * device did not answer). A walk of a 100,000-entry forwarding table holds one of these per row,
 * about 50 bytes instead of the 150 of a small TreeMap. Iterates in column order.
 */
final class ColumnValues extends AbstractMap<Integer, DeviceString> {
  private final int[] numbers;
  private final DeviceString[] values;

  /**
   * @param numbers ascending column numbers, not copied (never modify it afterwards)
   * @param values values by position in {@code numbers}, not copied; null = not answered
   */
  ColumnValues(int[] numbers, DeviceString[] values) {
    if (numbers.length != values.length) {
      throw new IllegalArgumentException("numbers and values differ in length");
    }
    this.numbers = numbers;
    this.values = values;
  }

  @Override
  public DeviceString get(Object key) {
    if (!(key instanceof Integer)) {
      return null;
    }
    int i = java.util.Arrays.binarySearch(numbers, (Integer) key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<Integer, DeviceString>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<Integer, DeviceString>> iterator() {
        return new Iterator<>() {
          private int next = skipAbsent(0);

          @Override
          public boolean hasNext() {
            return next < numbers.length;
          }

          @Override
          public Map.Entry<Integer, DeviceString> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Map.Entry<Integer, DeviceString> e = Map.entry(numbers[next], values[next]);
            next = skipAbsent(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        int n = 0;
        for (DeviceString v : values) {
          n += v == null ? 0 : 1;
        }
        return n;
      }
    };
  }

  private int skipAbsent(int from) {
    int i = from;
    while (i < values.length && values[i] == null) {
      i++;
    }
    return i;
  }
}
