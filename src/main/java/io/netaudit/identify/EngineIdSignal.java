package io.netaudit.identify;

import io.netaudit.snmp.Reads;
import java.util.Optional;

/**
 * ENGINE_ID: the enterprise number in the authoritative engine ID of the credential-less SNMPv3
 * discovery. Always WEAK whatever the catalogue says for sysObjectID: the agent writes its own
 * engine ID and squatted numbers (50001) appear there too. {@code none} numbers and garbled IDs
 * give a note; numbers outside the catalogue go through the IANA registry ({@link Registrants}).
 * The MAC of a format-3 engine ID is the {@link OuiSignal}'s. The discovery rides along with the
 * system round, so there is nothing to add to the inventory plan.
 */
final class EngineIdSignal implements Signal {
  private final VendorCatalogue catalogue;
  private final Registrants registrants;

  EngineIdSignal(VendorCatalogue catalogue, Registrants registrants) {
    this.catalogue = catalogue;
    this.registrants = registrants;
  }

  @Override
  public Reads reads() {
    return Reads.NOTHING;
  }

  @Override
  public void collect(Observations o, Findings found) {
    if (o.engineId().isEmpty()) {
      return;
    }
    EngineId e = o.engineId().get();
    String what = "engine ID " + e.hex();
    if (e.enterprise() < 0) {
      found.note(what + " is empty, too short or garbled: no enterprise number");
      return;
    }
    long n = e.enterprise();
    Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
    if (entry.isEmpty()) {
      registrants.collect(n, SignalSource.ENGINE_ID, what, found);
      return;
    }
    EnterpriseNumber pen = entry.get();
    if (pen.vendor().isEmpty()) {
      found.note(
          what + ": enterprise " + n + " says nothing about the maker (" + pen.notes() + ")");
      return;
    }
    found.add(
        new Evidence(
            SignalSource.ENGINE_ID,
            pen.vendor().get(),
            Strength.WEAK,
            what
                + " ("
                + e.formatName()
                + "): enterprise "
                + n
                + " = "
                + pen.vendor().get().name()
                + " (weak)"));
  }
}
