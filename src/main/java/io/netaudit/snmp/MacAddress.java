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
   * The address written as the last 6 arcs of a table index from arc {@code from} on (BRIDGE-MIB
   * and Q-BRIDGE-MIB forwarding tables index their rows by the MAC): exactly 6 more arcs, each
   * 0..255, else empty. 00:00:00:00:00:00 is returned as it is (the caller decides).
   */
  public static Optional<MacAddress> fromIndex(Oid index, int from) {
    if (from < 0 || index.size() != from + 6) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = from; i < from + 6; i++) {
      long arc = index.arc(i);
      if (arc > 255) {
        return Optional.empty();
      }
      v = (v << 8) | arc;
    }
    return Optional.of(new MacAddress(v));
  }

  /**
   * Exactly 6 octets, all-zero included (unlike {@link #of}): an ARP or forwarding entry's address
   * as the device sent it.
   */
  public static Optional<MacAddress> ofSixOctets(byte[] raw) {
    if (raw == null || raw.length != 6) {
      return Optional.empty();
    }
    long v = 0;
    for (byte b : raw) {
      v = (v << 8) | (b & 0xff);
    }
    return Optional.of(new MacAddress(v));
  }

  /**
   * A physical address as a forwarding or ARP table sent it: 6 octets, or (some agents, and
   * recordings made through net-snmp's display) the same address as text of six hex groups of one
   * or two digits, {@code 78:8a:20:43:a9:b9} or {@code 0:24:45:c:d:a}; empty for anything else (an
   * incomplete entry's empty value, 8-octet addresses, garbage).
   */
  public static Optional<MacAddress> fromTable(byte[] raw) {
    if (raw == null) {
      return Optional.empty();
    }
    if (raw.length == 6) {
      return ofSixOctets(raw);
    }
    if (raw.length < 11 || raw.length > 17) {
      return Optional.empty();
    }
    long v = 0;
    int groups = 0;
    int digits = 0;
    int group = 0;
    for (int i = 0; i <= raw.length; i++) {
      int c = i == raw.length ? ':' : raw[i];
      if (c == ':' || c == '-') {
        if (digits == 0 || groups == 6) {
          return Optional.empty();
        }
        v = (v << 8) | group;
        groups++;
        digits = 0;
        group = 0;
        continue;
      }
      int d = Character.digit(c, 16);
      if (d < 0 || ++digits > 2) {
        return Optional.empty();
      }
      group = group << 4 | d;
    }
    return groups == 6 ? Optional.of(new MacAddress(v)) : Optional.empty();
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

  /** A group address (bit 0x01 of the first octet): multicast, or broadcast ff:ff:ff:ff:ff:ff. */
  public boolean isGroup() {
    return ((value >>> 40) & 0x01) != 0;
  }

  /**
   * A locally administered address (bit 0x02 of the first octet): randomised by a phone, made up by
   * a hypervisor or a router; no IEEE registrant stands behind it.
   */
  public boolean isLocallyAdministered() {
    return ((value >>> 40) & 0x02) != 0;
  }

  /** The first three octets as {@code aa:bb:cc}, e.g. {@code 44:19:b6}. */
  public String ouiText() {
    return toString().substring(0, 8);
  }

  @Override
  public String toString() {
    return HexFormat.ofDelimiter(":").formatHex(octets());
  }
}
