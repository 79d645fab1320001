package io.netaudit.snmp;

import java.util.HexFormat;
import java.util.Optional;

/**
 * A 48-bit MAC address. {@link #toString()} is lower-case {@code aa:bb:cc:dd:ee:ff}, the one
 * spelling reports and evidence use.
 *
 * @param value the 48 bits, 0..2^48-1
 */
public record MacAddress(long value) {
  private static final long MAX = 0xffff_ffff_ffffL;

  public MacAddress {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("not a 48-bit value: " + value);
    }
  }

  /**
   * The address in an OCTET STRING a device sent (ifPhysAddress, an LLDP chassis id): exactly 6
   * octets, not all zero; anything else (empty, other lengths, 00:00:00:00:00:00) is not an
   * address.
   */
  public static Optional<MacAddress> of(byte[] raw) {
    if (raw == null || raw.length != 6) {
      return Optional.empty();
    }
    long v = 0;
    for (byte b : raw) {
      v = (v << 8) | (b & 0xff);
    }
    return v == 0 ? Optional.empty() : Optional.of(new MacAddress(v));
  }

  /**
   * Parses {@code aa:bb:cc:dd:ee:ff}, {@code AA-BB-...}, {@code aabb.ccdd.eeff} or 12 bare hex
   * digits; empty for anything else.
   */
  public static Optional<MacAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String hex = text.strip().replaceAll("[:.\\-\\s]", "");
    if (hex.length() != 12) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 0; i < 12; i++) {
      int d = Character.digit(hex.charAt(i), 16);
      if (d < 0) {
        return Optional.empty();
      }
      v = (v << 4) | d;
    }
    return Optional.of(new MacAddress(v));
  }

  /** The 6 octets. */
  public byte[] octets() {
    byte[] b = new byte[6];
    for (int i = 0; i < 6; i++) {
      b[i] = (byte) (value >>> (8 * (5 - i)));
    }
    return b;
  }

  /**
   * Locally administered or group (multicast, broadcast) addresses: no IEEE registrant stands
   * behind them.
   */
  public boolean isLocalOrGroup() {
    return ((value >>> 40) & 0x03) != 0;
  }

  @Override
  public String toString() {
    return HexFormat.ofDelimiter(":").formatHex(octets());
  }
}
