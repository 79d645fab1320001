package io.netaudit.identify;

/**
 * Loads data that ships inside the jar. A failure there is a broken build, not bad input, so it is
 * an {@link IllegalStateException} naming what is broken.
 */
final class BundledData {
  private BundledData() {}

  /** A loader of bundled data. */
  interface Loader<T> {
    T load() throws VendorCatalogueException;
  }

  static <T> T load(Loader<T> loader, String what) {
    try {
      return loader.load();
    } catch (VendorCatalogueException e) {
      throw new IllegalStateException("bundled " + what + " are broken: " + e.getMessage(), e);
    }
  }
}
