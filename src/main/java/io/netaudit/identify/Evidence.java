package io.netaudit.identify;

import java.util.Objects;

/**
 * One fact pointing at a maker. {@code detail} is a human-readable one-line statement, e.g. {@code
 * "sysObjectID 1.3.6.1.4.1.2011.2.23.96: enterprise 2011 = Huawei Technologies"}.
 */
public record Evidence(SignalSource source, Vendor vendor, Strength strength, String detail) {
  public Evidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(detail, "detail");
  }
}
