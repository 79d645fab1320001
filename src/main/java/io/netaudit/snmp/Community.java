package io.netaudit.snmp;

import java.util.Objects;

/**
 * A v1/v2c community and the label reports and logs use for it. The secret never leaves this
 * object through {@link #toString()}: reports name the label ("community #2"), never the value.
 */
public final class Community {
  private final String label;
  private final byte[] secret;

  public Community(String label, byte[] secret) {
    this.label = Objects.requireNonNull(label, "label");
    this.secret = secret.clone();
  }

  public String label() {
    return label;
  }

  /** The community bytes, for the SNMP layer only. */
  public byte[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return label + " (<masked>)";
  }
}
