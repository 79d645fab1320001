package io.netaudit.identify;

import java.util.Optional;

/**
 * The model, firmware and serial number the report shows: the first answered {@code
 * private-oids.csv} object for that column whose value the row accepts, else the chassis row's
 * entPhysicalModelName, SoftwareRev (else FirmwareRev) and SerialNum.
 */
public final class DeviceDetails {
  private final VendorCatalogue catalogue;

  DeviceDetails(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Optional<String> model(Observations o) {
    return column(o, PrivateObjectRule.Column.MODEL)
        .or(() -> chassis(o).map(EntityRow::modelName).filter(s -> !s.isEmpty()));
  }

  public Optional<String> firmware(Observations o) {
    return column(o, PrivateObjectRule.Column.FIRMWARE)
        .or(
            () ->
                chassis(o)
                    .map(r -> r.softwareRev().isEmpty() ? r.firmwareRev() : r.softwareRev())
                    .filter(s -> !s.isEmpty()));
  }

  public Optional<String> serial(Observations o) {
    return column(o, PrivateObjectRule.Column.SERIAL)
        .or(() -> chassis(o).map(EntityRow::serial).filter(s -> !s.isEmpty()));
  }

  private static Optional<EntityRow> chassis(Observations o) {
    return Chassis.of(EntityRow.of(o));
  }

  private Optional<String> column(Observations o, PrivateObjectRule.Column column) {
    for (PrivateObjectRule r : catalogue.privateObjects()) {
      if (r.column() != column || o.scalar(r.oid()).isEmpty()) {
        continue;
      }
      String v = o.text(r.oid());
      if (r.accepts(v)) {
        return Optional.of(EntityRow.clean(v));
      }
    }
    return Optional.empty();
  }
}
