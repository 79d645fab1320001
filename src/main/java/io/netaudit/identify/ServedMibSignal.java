package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import io.netaudit.snmp.Reads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SERVED_MIB: each enterprise arc under which the agent serves objects (the first {@value
 * #MAX_SERVED} distinct ones) is WEAK evidence: any agent may implement another maker's MIB, but a
 * device on net-snmp's identity often serves its own maker's. A catalogue number names its maker;
 * {@code none} numbers give a note; others go through the IANA registry ({@link Registrants}). A
 * number the device already names as its identity (sysObjectID's, one embedded in it, the engine
 * ID's) is not an independent signal: a note only.
 */
final class ServedMibSignal implements Signal {
  /** At most this many served enterprise numbers are looked at. */
  private static final int MAX_SERVED = 8;

  private final VendorCatalogue catalogue;
  private final Registrants registrants;

  ServedMibSignal(VendorCatalogue catalogue, Registrants registrants) {
    this.catalogue = catalogue;
    this.registrants = registrants;
  }

  @Override
  public Reads reads() {
    return Reads.SERVED_ENTERPRISES;
  }

  @Override
  public void collect(Observations o, Findings found) {
    Set<Long> identity = identityEnterprises(o);
    Set<Long> seen = new LinkedHashSet<>();
    Set<Vendor> named = new HashSet<>();
    List<String> same = new ArrayList<>();
    List<String> generic = new ArrayList<>();
    for (Long n : o.servedEnterprises()) {
      if (n < 0 || n > Oid.MAX_ARC || seen.contains(n)) {
        continue;
      }
      if (seen.size() == MAX_SERVED) {
        found.note("more than " + MAX_SERVED + " served enterprises: the rest are not looked at");
        break;
      }
      seen.add(n);
      if (identity.contains(n)) {
        same.add(Long.toString(n));
        continue;
      }
      String what = "served MIB 1.3.6.1.4.1." + n;
      Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
      if (entry.isEmpty()) {
        registrants.collect(n, SignalSource.SERVED_MIB, what, found);
        continue;
      }
      EnterpriseNumber e = entry.get();
      if (e.vendor().isEmpty()) {
        generic.add(n + " (" + e.notes().split("[:;]", 2)[0].strip() + ")");
        continue;
      }
      Vendor v = e.vendor().get();
      if (named.add(v)) {
        found.add(
            new Evidence(
                SignalSource.SERVED_MIB,
                v,
                Strength.WEAK,
                what
                    + ": enterprise "
                    + n
                    + (e.strength() == EnterpriseNumber.PenStrength.WEAK ? " (a weak number)" : "")
                    + " = "
                    + v.name()
                    + " (weak: agents may implement another maker's MIB)"));
      }
    }
    if (!same.isEmpty()) {
      found.note(
          "served MIB under enterprise "
              + String.join(", ", same)
              + " is the sysObjectID's or engine ID's own: not an independent signal");
    }
    if (!generic.isEmpty()) {
      found.note(
          "served MIB under generic enterprise "
              + String.join(", ", generic)
              + ": says nothing about the maker");
    }
  }

  /**
   * The enterprise numbers the device names as its identity: the sysObjectID's (and one embedded
   * after a generic stack's) and the engine ID's.
   */
  private static Set<Long> identityEnterprises(Observations o) {
    Set<Long> out = new HashSet<>();
    Oid.tryParse(o.sysObjectId())
        .ifPresent(
            oid -> {
              oid.enterprise().ifPresent(out::add);
              oid.embeddedEnterprise().ifPresent(out::add);
            });
    o.engineId().filter(e -> e.enterprise() >= 0).ifPresent(e -> out.add(e.enterprise()));
    return out;
  }
}
