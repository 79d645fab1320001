package io.netaudit.audit;

import io.netaudit.identify.EntityRow;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.Observations;
import io.netaudit.identify.ProductCpe;
import io.netaudit.identify.Vendor;
import io.netaudit.report.CpeNames;
import java.util.Optional;

/**
 * What a row says about the product itself: model, firmware, serial number and, when the maker and
 * model are known, their CPE 2.3 names ({@link ProductCpe}).
 */
record Product(String model, String firmware, String serial, CpeNames cpe) {

  /** The device's, from what it answered (see {@code DeviceDetails}). */
  static Product ofDevice(Identifier identifier, Observations obs, Optional<Vendor> maker) {
    return of(
        identifier,
        maker,
        identifier.details().model(obs).orElse(""),
        identifier.details().firmware(obs).orElse(""),
        identifier.details().serial(obs).orElse(""));
  }

  /** A component's, from its entPhysical row (firmware: FirmwareRev, else SoftwareRev). */
  static Product ofComponent(Identifier identifier, EntityRow row, Optional<Vendor> maker) {
    return of(
        identifier,
        maker,
        row.modelName(),
        row.firmwareRev().isEmpty() ? row.softwareRev() : row.firmwareRev(),
        row.serial());
  }

  private static Product of(
      Identifier identifier, Optional<Vendor> maker, String model, String firmware, String serial) {
    Optional<String> nvd = identifier.nvdVendor(maker);
    CpeNames cpe =
        new CpeNames(
            ProductCpe.hardware(nvd, model).orElse(""),
            ProductCpe.firmware(nvd, model, firmware).orElse(""));
    return new Product(model, firmware, serial, cpe);
  }
}
