package io.netaudit.identify;

import java.util.Objects;

/**
 * Built-in data parsed on first use, once, then shared: a scan that never needs a part (the OUI
 * table without MACs) never parses it, and one that does parses it off the path to its first packet
 * (the Recog fingerprints on the first identification). Bundled data is checked by the build, so a
 * failure here is a broken build: an {@link IllegalStateException} naming the part.
 */
public final class Lazy<T> {
  /** Makes the value; it may fail as a catalogue does. */
  public interface Loader<T> {
    T load() throws VendorCatalogueException;
  }

  private final Loader<T> loader;
  private final String what;
  private volatile T value;

  /**
   * @param what the part, for the message of a failure ("registry", "Recog fingerprints")
   */
  public Lazy(String what, Loader<T> loader) {
    this.what = what;
    this.loader = loader;
  }

  /** A value that is there already. */
  public static <T> Lazy<T> of(T value) {
    Lazy<T> l = new Lazy<>("value", () -> value);
    l.value = Objects.requireNonNull(value);
    return l;
  }

  /** The value if it has been parsed, else null (nothing is parsed). */
  T peek() {
    return value;
  }

  /**
   * The value: made here when nobody has made it, else waited for while another thread makes it. A
   * failure is not kept: the next caller tries again.
   */
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = BundledData.load(loader, what);
          value = v;
        }
      }
    }
    return v;
  }
}
