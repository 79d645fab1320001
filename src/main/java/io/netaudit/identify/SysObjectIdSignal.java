package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.text.Quote;
import java.util.Optional;

/**
 * SYS_OBJECT_ID: the enterprise number of sysObjectID. A catalogue number gives evidence of its
 * catalogue strength; a {@code none} number (net-snmp 8072, ...) a note ({@link
 * EmbeddedEnterpriseSignal} looks for an OEM's number inside it); a number outside the catalogue
 * goes through the IANA registry ({@link Registrants}). A missing or malformed sysObjectID gives a
 * note.
 */
final class SysObjectIdSignal implements Signal {
  private final VendorCatalogue catalogue;
  private final Registrants registrants;

  SysObjectIdSignal(VendorCatalogue catalogue, Registrants registrants) {
    this.catalogue = catalogue;
    this.registrants = registrants;
  }

  @Override
  public Reads reads() {
    return Reads.scalars(SystemMib.SYS_OBJECT_ID);
  }

  @Override
  public void collect(Observations o, Findings found) {
    String oid = o.sysObjectId().strip();
    if (oid.isEmpty()) {
      found.note("sysObjectID missing: no enterprise number");
      return;
    }
    long n;
    try {
      n = Oid.parse(oid).enterpriseNumber();
    } catch (IllegalArgumentException e) {
      found.note("sysObjectID " + Quote.of(oid) + " " + e.getMessage() + ": no enterprise number");
      return;
    }
    String what = "sysObjectID " + Quote.of(oid);
    Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
    if (entry.isEmpty()) {
      registrants.collect(n, SignalSource.SYS_OBJECT_ID, what, found);
      return;
    }
    EnterpriseNumber e = entry.get();
    switch (e.strength()) {
      case NONE:
        found.note("enterprise " + n + " says nothing about the maker (" + e.notes() + ")");
        break;
      case WEAK:
        if (e.vendor().isPresent()) {
          found.add(
              new Evidence(
                  SignalSource.SYS_OBJECT_ID,
                  e.vendor().get(),
                  Strength.WEAK,
                  what
                      + ": enterprise "
                      + n
                      + " (weak) = "
                      + e.vendor().get().name()
                      + "; "
                      + e.notes()));
        } else {
          found.note("enterprise " + n + " is weak and names no maker (" + e.notes() + ")");
        }
        break;
      case DEFINITIVE:
        found.add(
            new Evidence(
                SignalSource.SYS_OBJECT_ID,
                e.vendor().orElseThrow(),
                Strength.DEFINITIVE,
                what + ": enterprise " + n + " = " + e.vendor().get().name()));
        break;
      default:
        throw new IllegalStateException(String.valueOf(e.strength()));
    }
  }
}
