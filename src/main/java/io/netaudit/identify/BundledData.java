package io.netaudit.identify;

/**
 * Loads data that ships inside the jar. A failure there is a broken build, not bad input, so it is
 * an {@link IllegalStateException} naming what is broken.
 */
final class BundledData {
  private BundledData() {}

  /**
   * What {@code loader} makes; its failure as an {@link IllegalStateException} naming {@code what}.
   */
  static <T> T load(Lazy.Loader<T> loader, String what) {
    try {
      return loader.load();
    } catch (VendorCatalogueException e) {
      throw new IllegalStateException(
          "built-in " + what + " cannot be read (a broken build): " + e.getMessage(), e);
    }
  }
}
