package io.netaudit.identify;

import java.util.Objects;

/**
 * An entPhysical row whose maker differs from the device's maker (an OEM optic, module or board).
 */
public record ComponentIdentification(EntityRow row, Identification identification) {
  public ComponentIdentification {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(identification, "identification");
  }
}
