package io.netaudit.snmp;

import java.util.List;
import java.util.Objects;

/**
 * A v1/v2c community and the label reports and logs use for it. The secret never leaves this object
 * through {@link #toString()}: reports name the label ("community #2"), never the value.
 *
 * <p>{@link #version()} is null when attempts alternate v2c and v1 (communities from {@code
 * --community-file} or the environment), or the one version a credentials-file profile declares.
 */
public final class Community implements Credential {
  private final String label;
  private final byte[] secret;
  private final SnmpVersion version;

  public Community(String label, byte[] secret) {
    this(label, secret, null);
  }

  public Community(String label, byte[] secret, SnmpVersion version) {
    this.label = Objects.requireNonNull(label, "label");
    this.secret = secret.clone();
    if (version == SnmpVersion.V3) {
      throw new IllegalArgumentException("a community is for SNMP v1 or v2c");
    }
    this.version = version;
  }

  @Override
  public String label() {
    return label;
  }

  /** The community bytes, for the SNMP layer only. */
  public byte[] secret() {
    return secret.clone();
  }

  /** The only version to try, or null to alternate v2c and v1. */
  public SnmpVersion version() {
    return version;
  }

  @Override
  public List<byte[]> secrets() {
    return List.of(secret.clone());
  }

  @Override
  public String toString() {
    return label + " (<masked>)";
  }
}
