package io.netaudit.identify;

import io.netaudit.text.Cpe23;
import java.util.Optional;

/**
 * The CPE 2.3 names of a maker's model and its firmware, spelled the way NVD's dictionary names
 * network gear: the hardware {@code cpe:2.3:h:<nvd vendor>:<model>:*:...} and the firmware {@code
 * cpe:2.3:o:<nvd vendor>:<model>_firmware:<version>:...} (e.g. {@code
 * cpe:2.3:o:dahuasecurity:ipc-hdw5831r-ze_firmware:...}). The hardware version is {@code *} (ANY):
 * SNMP seldom tells the hardware revision. The product is the model text as the device reports it,
 * so a name may differ from the dictionary's where a maker's reported model differs from its
 * catalogue name; CPE matchers (Dependency-Track, NVD's API) match on vendor and product.
 */
public final class ProductCpe {
  private ProductCpe() {}

  /** The hardware name; empty without an NVD vendor or a model with a CPE spelling. */
  public static Optional<String> hardware(Optional<String> nvdVendor, String model) {
    return nvdVendor.flatMap(v -> Cpe23.name(Cpe23.Part.HARDWARE, v, model, null));
  }

  /**
   * The firmware name ({@code o:}, as NVD names device firmware); empty without an NVD vendor, a
   * model or a firmware version with a CPE spelling.
   */
  public static Optional<String> firmware(
      Optional<String> nvdVendor, String model, String firmwareVersion) {
    if (model == null || model.isBlank() || firmwareVersion == null || firmwareVersion.isBlank()) {
      return Optional.empty();
    }
    return nvdVendor.flatMap(
        v ->
            Cpe23.name(
                Cpe23.Part.OPERATING_SYSTEM, v, model.strip() + "_firmware", firmwareVersion));
  }
}
