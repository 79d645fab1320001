package io.netaudit.identify;

import java.util.Objects;

/** A maker from the vendor catalogue: {@code id} is the lowercase slug used by all config files. */
public record Vendor(String id, String name) {
  public Vendor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
