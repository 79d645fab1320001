package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import java.util.Optional;

/**
 * SIGNATURE: the rows of {@code signatures.csv}, each a combination of answers and absences that
 * names a maker (Hytera's repeaters answer lwIP's bare enterprise number 1.3.6.1.4.1.26381 and no
 * sysDescr at all, while lwIP's own agent fills sysDescr). Registered last: a signature marked
 * {@code alone} counts only when the evidence of every other signal names no other maker.
 */
final class SignatureSignal implements Signal {
  private final VendorCatalogue catalogue;

  SignatureSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Reads reads() {
    return Reads.scalars(SystemMib.SYS_OBJECT_ID, SystemMib.SYS_DESCR);
  }

  @Override
  public void collect(Observations o, Findings found) {
    Optional<Oid> oid = Oid.tryParse(o.sysObjectId());
    boolean noDescr = o.sysDescr().isBlank();
    for (Signature s : catalogue.signatures()) {
      boolean matches =
          s.covers(oid)
              && (!s.noSysDescr() || noDescr)
              && (!s.alone() || namesNoOtherMaker(found, s.vendor()));
      if (matches) {
        found.add(new Evidence(SignalSource.SIGNATURE, s.vendor(), s.strength(), s.evidence()));
      }
    }
  }

  private static boolean namesNoOtherMaker(Findings found, Vendor vendor) {
    return found.evidence().stream().allMatch(e -> e.vendor().id().equals(vendor.id()));
  }
}
