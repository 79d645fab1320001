package io.netaudit.identify;

import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.Reads;
import io.netaudit.text.Quote;
import java.util.List;
import java.util.Optional;

/**
 * ENTITY_MFG: entPhysicalMfgName of the chassis row ({@link Chassis}) mapped through {@code
 * maker-names.csv}, with that row's strength. When it names no catalogue maker, the chassis
 * entPhysicalModelName, else its entPhysicalDescr, may name the maker: free text, so always weak.
 * The other rows are components ({@link Components}). Reads every entPhysicalTable column the
 * report and {@link DeviceDetails} use, so the one walk serves them all.
 */
final class EntityChassisSignal implements Signal {
  private final VendorCatalogue catalogue;

  EntityChassisSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Reads reads() {
    return Reads.columns(
        EntityMib.DESCR,
        EntityMib.CONTAINED_IN,
        EntityMib.CLASS,
        EntityMib.NAME,
        EntityMib.HARDWARE_REV,
        EntityMib.FIRMWARE_REV,
        EntityMib.SOFTWARE_REV,
        EntityMib.SERIAL_NUM,
        EntityMib.MFG_NAME,
        EntityMib.MODEL_NAME);
  }

  @Override
  public void collect(Observations o, Findings found) {
    List<EntityRow> rows = EntityRow.of(o);
    Optional<EntityRow> chassis = Chassis.of(rows);
    if (chassis.isEmpty()) {
      if (!rows.isEmpty()) {
        found.note(
            EntityMib.ENT_PHYSICAL_TABLE.name() + " has no chassis row: component makers only");
      }
      return;
    }
    EntityRow row = chassis.get();
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(row.mfgName());
    if (makers.isEmpty() && !row.mfgName().isEmpty()) {
      found.note(
          EntityMib.MFG_NAME.name()
              + "."
              + row.index()
              + " "
              + Quote.of(row.mfgName())
              + " (chassis) names no catalogue maker");
    }
    for (VendorCatalogue.MakerMatch m : makers) {
      found.add(
          new Evidence(
              SignalSource.ENTITY_MFG,
              m.name().vendor(),
              m.name().strength(),
              EntityMib.MFG_NAME.name()
                  + "."
                  + row.index()
                  + " "
                  + Quote.of(row.mfgName())
                  + " (chassis) = "
                  + m.name().vendor().name()
                  + m.name().strength().tag()));
    }
    if (makers.isEmpty() && !fromText(row, EntityMib.MODEL_NAME, row.modelName(), found)) {
      fromText(row, EntityMib.DESCR, row.descr(), found);
    }
  }

  /**
   * The chassis model name or description naming a maker ("Cumulus Networks arm-accton_as4610_54-r0
   * ... Chassis" names Accton/Edgecore): weak evidence. True when it named one.
   */
  private boolean fromText(EntityRow row, ColumnId column, String text, Findings found) {
    List<VendorCatalogue.MakerMatch> named = catalogue.makersNamed(text);
    for (VendorCatalogue.MakerMatch m : named) {
      found.add(
          new Evidence(
              SignalSource.ENTITY_MFG,
              m.name().vendor(),
              Strength.WEAK,
              column.name()
                  + "."
                  + row.index()
                  + " "
                  + Quote.of(text)
                  + " (chassis; entPhysicalMfgName names no"
                  + " maker) = "
                  + m.name().vendor().name()
                  + " (weak)"));
    }
    return !named.isEmpty();
  }
}
