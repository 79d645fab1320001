package io.netaudit.identify;

import io.netaudit.snmp.EntityMib;
import io.netaudit.text.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * entPhysical rows made by another maker than the device (an OEM optic, module or board): each row
 * is identified on its own from its entPhysicalMfgName, entPhysicalModelName and entPhysicalDescr
 * (through {@code maker-names.csv}, with the decision rules but no single-signal fallback: a weak
 * name alone never makes a component finding).
 */
final class Components {
  private final VendorCatalogue catalogue;
  private final Decision decision;

  Components(VendorCatalogue catalogue, Decision decision) {
    this.catalogue = catalogue;
    this.decision = decision;
  }

  /**
   * Every row whose maker differs from {@code chassisVendor}; the chassis row only when it names
   * another maker. One entry per row, in table order.
   */
  List<ComponentIdentification> find(Observations o, Optional<Vendor> chassisVendor) {
    List<ComponentIdentification> out = new ArrayList<>();
    List<EntityRow> rows = EntityRow.of(o);
    Optional<EntityRow> chassis = Chassis.of(rows);
    for (EntityRow row : rows) {
      Identification id = identify(row, chassis.isPresent() && chassis.get() == row);
      if (id.vendor().isEmpty() || id.vendor().equals(chassisVendor)) {
        continue;
      }
      out.add(new ComponentIdentification(row, id));
    }
    return out;
  }

  private Identification identify(EntityRow row, boolean isChassis) {
    Findings found = new Findings();
    String where = "entPhysical row " + row.index() + (isChassis ? " (chassis)" : "");
    Set<Vendor> seen = new HashSet<>();
    String[][] columns = {
      {EntityMib.MFG_NAME.name(), row.mfgName()},
      {EntityMib.MODEL_NAME.name(), row.modelName()},
      {EntityMib.DESCR.name(), row.descr()}
    };
    for (String[] col : columns) {
      for (VendorCatalogue.MakerMatch m : catalogue.makersNamed(col[1])) {
        if (seen.add(m.name().vendor())) {
          found.add(
              new Evidence(
                  SignalSource.ENTITY_MFG,
                  m.name().vendor(),
                  m.name().strength(),
                  col[0]
                      + "."
                      + row.index()
                      + " "
                      + Quote.of(col[1])
                      + " = "
                      + m.name().vendor().name()
                      + m.name().strength().tag()
                      + " ("
                      + where
                      + ")"));
        }
      }
    }
    return decision.component(found);
  }
}
