package io.netaudit.identify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of a costly pure function of device text (rules or fingerprints matched against a
 * sysDescr), remembered for the most recently seen {@code capacity} inputs. A fleet shares a few
 * firmware strings (the lab's 2,000 devices have 262 distinct sysDescr texts), so a sweep's
 * identification mostly reads answers it already worked out; the bound keeps a sweep of unlike
 * devices from growing it. Identification may run on several threads: access is synchronized, and
 * the function runs outside the lock (two threads may compute the same answer once each).
 */
final class TextMemo<K, V> {
  private final Map<K, V> remembered;
  private final Function<K, V> compute;

  TextMemo(int capacity, Function<K, V> compute) {
    this.compute = compute;
    this.remembered =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The function's value for {@code key}; {@code key} and the value must not be null. */
  V get(K key) {
    V known;
    synchronized (remembered) {
      known = remembered.get(key);
    }
    if (known != null) {
      return known;
    }
    V value = compute.apply(key);
    synchronized (remembered) {
      remembered.put(key, value);
    }
    return value;
  }
}
