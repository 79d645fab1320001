package io.netaudit.identify;

import io.netaudit.text.Quote;
import java.util.List;
import java.util.Optional;

/**
 * Evidence from an enterprise number the catalogue does not list, shared by the signals that read
 * one (sysObjectID, engine ID, served MIBs): the IANA registrant names a catalogue maker (weak
 * evidence for it), or an organisation outside the catalogue (weak evidence for that organisation,
 * vendor id {@code iana-pen-<n>}, which identifies only when nothing else names a maker).
 */
final class Registrants {
  /** Vendor ids given to IANA registrants that are not catalogue makers. */
  static final String PREFIX = "iana-pen-";

  private final VendorCatalogue catalogue;
  private final Registries registries;

  Registrants(VendorCatalogue catalogue, Registries registries) {
    this.catalogue = catalogue;
    this.registries = registries;
  }

  /**
   * Adds the evidence (or the note) for enterprise {@code n}, which {@code what} names (e.g. {@code
   * sysObjectID "1.3.6.1.4.1.53058.1"}).
   */
  void collect(long n, SignalSource source, String what, Findings found) {
    Optional<String> org = registries.enterprises().organisation(n);
    if (org.isEmpty()) {
      found.note(
          "enterprise " + n + " (" + what + ") is not in the catalogue nor in the IANA registry");
      return;
    }
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(org.get());
    if (!makers.isEmpty()) {
      for (VendorCatalogue.MakerMatch m : makers) {
        found.add(
            new Evidence(
                source,
                m.name().vendor(),
                Strength.WEAK,
                what
                    + ": enterprise "
                    + n
                    + " (not in the catalogue) is registered to "
                    + Quote.of(org.get())
                    + " = "
                    + m.name().vendor().name()
                    + " (weak)"));
      }
      return;
    }
    Vendor registrant = new Vendor(PREFIX + n, org.get());
    found.addRegistrant(
        new Evidence(
            source,
            registrant,
            Strength.WEAK,
            what
                + ": enterprise "
                + n
                + " = "
                + Quote.of(org.get())
                + " (IANA registrant; not a catalogue maker)"));
  }
}
