package io.netaudit.identify;

/** The bundled catalogue and registries, and a way to run one signal, for the signal tests. */
final class Signals {
  static final VendorCatalogue CATALOGUE;
  static final Registries REGISTRIES;

  static {
    try {
      CATALOGUE = VendorCatalogue.loadBundled();
      REGISTRIES = Registries.loadBundled();
    } catch (VendorCatalogueException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Signals() {}

  static Registrants registrants() {
    return new Registrants(CATALOGUE, REGISTRIES);
  }

  /** What {@code signal} alone finds in {@code o}. */
  static Findings run(Signal signal, Observations o) {
    Findings f = new Findings();
    signal.collect(o, f);
    return f;
  }
}
