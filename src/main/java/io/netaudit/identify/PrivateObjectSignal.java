package io.netaudit.identify;

import io.netaudit.snmp.Reads;
import io.netaudit.text.Quote;
import java.util.List;

/**
 * PRIVATE_OID: the identity objects of {@code private-oids.csv}. An answer matching the row's value
 * pattern is evidence of the row's strength for the row's maker, or, for rows of maker {@code *}
 * (upsIdentManufacturer), for the maker its value names through {@code maker-names.csv}. An answer
 * that does not match is a note, never evidence; rows of strength {@code none} only fill model,
 * firmware and serial ({@link DeviceDetails}).
 */
final class PrivateObjectSignal implements Signal {
  private final VendorCatalogue catalogue;

  PrivateObjectSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Reads reads() {
    return Reads.scalars(catalogue.privateObjects().stream().map(PrivateObjectRule::oid).toList());
  }

  @Override
  public void collect(Observations o, Findings found) {
    for (PrivateObjectRule r : catalogue.privateObjects()) {
      if (o.scalar(r.oid()).isEmpty() || r.strength() == EnterpriseNumber.PenStrength.NONE) {
        continue;
      }
      String v = EntityRow.clean(o.text(r.oid()));
      if (!r.accepts(v)) {
        if (!v.isEmpty()) {
          found.note(
              "private object "
                  + r.oid()
                  + " = "
                  + Quote.of(v)
                  + " does not look like "
                  + r.vendor().map(Vendor::name).orElse("a maker name")
                  + ": not evidence");
        }
        continue;
      }
      Strength ruleStrength =
          r.strength() == EnterpriseNumber.PenStrength.DEFINITIVE
              ? Strength.DEFINITIVE
              : Strength.WEAK;
      if (r.vendor().isPresent()) {
        found.add(
            new Evidence(
                SignalSource.PRIVATE_OID,
                r.vendor().get(),
                ruleStrength,
                "private object "
                    + r.oid()
                    + " = "
                    + Quote.of(v)
                    + ruleStrength.tag()
                    + " = "
                    + r.vendor().get().name()));
      } else {
        manufacturer(r, v, ruleStrength, found);
      }
    }
  }

  /** A row of maker {@code *}: the value is a manufacturer name. */
  private void manufacturer(PrivateObjectRule r, String v, Strength ruleStrength, Findings found) {
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(v);
    if (makers.isEmpty()) {
      found.note("object " + r.oid() + " = " + Quote.of(v) + " names no catalogue maker");
    }
    for (VendorCatalogue.MakerMatch m : makers) {
      Strength st = ruleStrength == Strength.DEFINITIVE ? m.name().strength() : Strength.WEAK;
      found.add(
          new Evidence(
              SignalSource.PRIVATE_OID,
              m.name().vendor(),
              st,
              "object "
                  + r.oid()
                  + " = "
                  + Quote.of(v)
                  + " (manufacturer) = "
                  + m.name().vendor().name()
                  + st.tag()));
    }
  }
}
