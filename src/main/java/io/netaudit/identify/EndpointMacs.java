package io.netaudit.identify;

import io.netaudit.snmp.MacAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies an endpoint, a device known only by a MAC address in a switch's forwarding table or a
 * router's ARP table: its IEEE registrant (longest prefix) is its one signal, WEAK like every MAC
 * registrant, and goes through the same {@link Decision} rules as a device's. A maker's own
 * registration under a definitive name identifies it (rule 5a, confidence low); a weak name or a
 * NIC/board maker does not, and neither does an organisation outside the catalogue. Then, for an
 * endpoint only, the registrant itself stands for the maker when it is not a watched maker (the
 * endpoint is then judged like any unrestricted maker's), so that a watched maker named weakly
 * stays for the policy to review. Locally administered addresses, unregistered prefixes and
 * "Private" registrations identify nothing.
 */
final class EndpointMacs {
  /** Vendor ids given to IEEE registrants that are not catalogue makers: {@code ieee-<prefix>}. */
  static final String PREFIX = "ieee-";

  static final String LOCALLY_ADMINISTERED = "locally administered address: no registry owner";

  private final VendorCatalogue catalogue;
  private final Registries registries;
  private final Decision decision;

  EndpointMacs(VendorCatalogue catalogue, Registries registries, Decision decision) {
    this.catalogue = catalogue;
    this.registries = registries;
    this.decision = decision;
  }

  Identification identify(MacAddress mac) {
    if (mac.isLocallyAdministered()) {
      return unidentified(LOCALLY_ADMINISTERED);
    }
    Optional<OuiRegistry.Assignment> found = registries.oui().lookup(mac.value());
    if (found.isEmpty()) {
      return unidentified(
          "MAC OUI "
              + mac.ouiText()
              + " is not in the IEEE registry ("
              + registries.ouiDate().map(Object::toString).orElse("undated")
              + ")");
    }
    OuiRegistry.Assignment a = found.get();
    String statement = statement(a);
    if (a.organisation().equalsIgnoreCase("Private")) {
      return unidentified(statement + ": the IEEE does not publish the owner");
    }
    Findings findings = new Findings();
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(a.organisation());
    if (makers.isEmpty()) {
      findings.addRegistrant(
          new Evidence(
              SignalSource.OUI,
              new Vendor(PREFIX + a.prefix().toLowerCase(Locale.ROOT), a.organisation()),
              Strength.WEAK,
              statement + "; not a catalogue maker"));
    }
    for (VendorCatalogue.MakerMatch m : makers) {
      MakerName name = m.name();
      Evidence e = new Evidence(SignalSource.OUI, name.vendor(), Strength.WEAK, statement);
      if (name.oui() == MakerName.OuiMeaning.DEVICE && name.strength() == Strength.DEFINITIVE) {
        findings.addOuiFallback(e);
      } else {
        findings.add(e); // a weak name, or a NIC/board maker: names the part, not the device
      }
    }
    Identification id = decision.device(findings);
    return id.identified() ? id : registrantFallback(id);
  }

  /**
   * The registrant stands for the maker when no watched maker is named: an endpoint has no second
   * signal to wait for, and an unwatched maker (or an organisation outside the catalogue) is judged
   * the same whoever made the device. A watched maker named only weakly stays unidentified.
   */
  private Identification registrantFallback(Identification id) {
    if (id.evidence().isEmpty()
        || id.evidence().stream().anyMatch(e -> catalogue.watched(e.vendor()))) {
      return id;
    }
    Vendor v = id.evidence().get(0).vendor();
    List<String> notes = new ArrayList<>();
    notes.add("an endpoint's MAC registrant is its only signal (" + v.name() + "): confidence low");
    return new Identification(Optional.of(v), Confidence.LOW, id.evidence(), id.conflicts(), notes);
  }

  /** "MAC OUI 44:19:b6 = Hangzhou Hikvision Digital Technology Co.,Ltd. (IEEE MA-L)". */
  static String statement(OuiRegistry.Assignment a) {
    return "MAC OUI "
        + prefixText(a.prefix())
        + " = "
        + a.organisation()
        + " (IEEE "
        + a.registry()
        + ")";
  }

  /**
   * The assigned prefix in the MAC's own spelling: 4419B6 -> 44:19:b6, 70B3D5F2F -> 70:b3:d5:f2:f.
   */
  static String prefixText(String hex) {
    StringBuilder b = new StringBuilder();
    String h = hex.toLowerCase(Locale.ROOT);
    for (int i = 0; i < h.length(); i += 2) {
      if (i > 0) {
        b.append(':');
      }
      b.append(h, i, Math.min(h.length(), i + 2));
    }
    return b.toString();
  }

  private static Identification unidentified(String note) {
    return new Identification(
        Optional.empty(), Confidence.LOW, List.of(), List.of(), List.of(note));
  }
}
