package io.netaudit.identify;

import io.netaudit.snmp.MacAddress;
import io.netaudit.text.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The registrants of one origin's MAC addresses, tallied by {@link OuiSignal}, and the evidence and
 * notes they make: one piece of evidence per device maker (its first MAC, and how many of the
 * origin's MACs it registered), NIC/board makers kept as corroboration only and reported as the
 * platform (unless watched), counts of addresses without a registrant.
 */
final class MacRegistrants {
  private final String origin;
  private final Set<Long> seen = new HashSet<>();
  private final Map<Vendor, List<String>> byMaker = new LinkedHashMap<>();
  private final Map<Vendor, MakerName> nameOf = new HashMap<>();
  private final Map<Vendor, OuiRegistry.Assignment> firstAssignment = new HashMap<>();
  private final Set<String> otherOrgs = new LinkedHashSet<>();
  private final Set<String> nicMakers = new LinkedHashSet<>();
  private final Map<Vendor, Evidence> nicEvidence = new LinkedHashMap<>();
  private final Map<Vendor, Evidence> platformEvidence = new LinkedHashMap<>();
  private final Predicate<Vendor> watched;
  int local;
  int unknown;

  /**
   * @param watched the watched makers: a watched NIC/chip maker's MAC is not reported as the
   *     platform (the policy would take it for a finding from one weak signal)
   */
  MacRegistrants(String origin, Predicate<Vendor> watched) {
    this.origin = origin;
    this.watched = watched;
  }

  /** False when this address was already counted. */
  boolean firstSight(MacAddress mac) {
    return seen.add(mac.value());
  }

  void otherOrganisation(OuiRegistry.Assignment a) {
    otherOrgs.add(a.registry() + " " + a.prefix() + " " + Quote.of(a.organisation()));
  }

  /** {@code mac} is registered to {@code a}, whose name matches the catalogue maker {@code m}. */
  void maker(MacAddress mac, OuiRegistry.Assignment a, VendorCatalogue.MakerMatch m) {
    Vendor vendor = m.name().vendor();
    if (m.name().oui() == MakerName.OuiMeaning.NIC) {
      nicMakers.add(vendor.name() + " (" + a.prefix() + ")");
      nicEvidence.putIfAbsent(
          vendor,
          new Evidence(
              SignalSource.OUI,
              vendor,
              Strength.WEAK,
              detail(mac.toString(), a, vendor) + " (weak; a NIC/board maker: corroborates only)"));
      if (!watched.test(vendor)) {
        platformEvidence.putIfAbsent(
            vendor,
            new Evidence(
                SignalSource.OUI,
                vendor,
                Strength.WEAK,
                detail(mac.toString(), a, vendor)
                    + ": a NIC, chip, board or virtual NIC maker: what the device runs on, not who"
                    + " made it"));
      }
      return;
    }
    byMaker.computeIfAbsent(vendor, k -> new ArrayList<>()).add(mac.toString());
    nameOf.putIfAbsent(vendor, m.name());
    firstAssignment.putIfAbsent(vendor, a);
  }

  /** Adds the evidence and notes; {@code registryDate} names the OUI data for the unknown count. */
  void report(Findings found, String registryDate) {
    int total = seen.size();
    for (Map.Entry<Vendor, List<String>> en : byMaker.entrySet()) {
      Vendor vendor = en.getKey();
      OuiRegistry.Assignment a = firstAssignment.get(vendor);
      MakerName name = nameOf.get(vendor);
      Evidence e =
          new Evidence(
              SignalSource.OUI,
              vendor,
              Strength.WEAK,
              detail(
                      en.getValue().get(0)
                          + (total > 1
                              ? " (" + en.getValue().size() + " of " + total + " MACs)"
                              : ""),
                      a,
                      vendor)
                  + " (weak"
                  + (name.strength() == Strength.DEFINITIVE
                      ? "; identifies alone only when uncontested"
                      : "")
                  + ")");
      if (name.strength() == Strength.DEFINITIVE) {
        found.addOuiFallback(e);
      } else {
        found.add(e);
      }
    }
    notes(found, registryDate);
  }

  /** "ifPhysAddress MAC {mac}: IEEE MA-L 286ED4 "Huawei..." = Huawei Technologies". */
  private String detail(String mac, OuiRegistry.Assignment a, Vendor vendor) {
    return origin
        + " MAC "
        + mac
        + ": IEEE "
        + a.registry()
        + " "
        + a.prefix()
        + " "
        + Quote.of(a.organisation())
        + " = "
        + vendor.name();
  }

  private void notes(Findings found, String registryDate) {
    if (!nicMakers.isEmpty()) {
      found.note(
          origin
              + " MAC registrant "
              + String.join(", ", nicMakers)
              + " makes NICs/boards for other makers: never names the device maker alone, only"
              + " corroborates another source naming the same maker");
      nicEvidence.values().forEach(found::addCorroborating);
      platformEvidence.values().forEach(found::addPlatform);
    }
    if (!otherOrgs.isEmpty()) {
      found.note(
          origin
              + " MAC registrant "
              + String.join(", ", otherOrgs.stream().limit(3).toList())
              + (otherOrgs.size() > 3 ? " and " + (otherOrgs.size() - 3) + " more" : "")
              + " is not a catalogue maker");
    }
    if (local > 0) {
      found.note(
          origin
              + ": "
              + local
              + " locally administered or group MAC address(es) have no registrant");
    }
    if (unknown > 0) {
      found.note(
          origin
              + ": "
              + unknown
              + " MAC address(es) not in the OUI registry ("
              + registryDate
              + ")");
    }
  }
}
