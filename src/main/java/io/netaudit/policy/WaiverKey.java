package io.netaudit.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * A field a waiver's {@code match} may name, and how a value of it matches a finding. Text matches
 * ignore case and surrounding blanks.
 */
public enum WaiverKey {
  /**
   * An address or a CIDR block ({@code 10.20.0.7}, {@code 10.20.0.0/24}, {@code 2001:db8::/64}):
   * matches a finding with any of its addresses in it (an endpoint may have several IPs, or none).
   */
  ADDRESS,
  /** A MAC address in any usual spelling ({@code 00:e0:fc:12:34:56}, {@code 00e0.fc12.3456}). */
  MAC,
  /** A serial number. */
  SERIAL,
  /** A site name. */
  SITE,
  /** A maker: its vendor id ({@code huawei}) or its name as the report shows it. */
  VENDOR,
  /** An advisory id: the finding cites it. */
  ADVISORY;

  /** The key as written in the file: address, mac, serial, site, vendor, advisory. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<WaiverKey> parse(String text) {
    for (WaiverKey k : values()) {
      if (k.label().equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Checks one value as read from the file; null when fine, else what is wrong. */
  String problem(String value) {
    if (value.isBlank()) {
      return "empty " + label();
    }
    switch (this) {
      case ADDRESS:
        return Block.parse(value).isPresent()
            ? null
            : "bad address '" + value + "', expected an IP address or CIDR block";
      case MAC:
        return mac(value).length() == 12
            ? null
            : "bad mac '" + value + "', expected 6 octets like 00:e0:fc:12:34:56";
      default:
        return null;
    }
  }

  boolean matches(String value, WaiverSubject s) {
    String v = value.strip();
    switch (this) {
      case ADDRESS:
        return Block.parse(v).map(b -> s.addresses().stream().anyMatch(b::contains)).orElse(false);
      case MAC:
        return s.macs().contains(mac(v));
      case SERIAL:
        return v.equalsIgnoreCase(s.serial().strip());
      case SITE:
        return v.equalsIgnoreCase(s.site().strip());
      case VENDOR:
        return v.equalsIgnoreCase(s.vendorId()) || v.equalsIgnoreCase(s.vendorName());
      case ADVISORY:
        return s.advisories().stream().anyMatch(v::equalsIgnoreCase);
      default:
        throw new IllegalStateException(name());
    }
  }

  /** A MAC as 12 lowercase hex digits (separators dropped); anything else is not 12 long. */
  static String mac(String text) {
    String hex = text.strip().toLowerCase(Locale.ROOT).replaceAll("[:.\\-]", "");
    return hex.matches("[0-9a-f]{12}") ? hex : "";
  }

  /** An address block: an address and a prefix length. */
  private record Block(byte[] network, int bits) {
    static Optional<Block> parse(String text) {
      String t = text.strip();
      int slash = t.indexOf('/');
      String host = slash < 0 ? t : t.substring(0, slash);
      // Literals only: a waiver never makes the tool resolve a name.
      if (!host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
        return Optional.empty();
      }
      try {
        byte[] bytes = InetAddress.getByName(host).getAddress();
        int bits = bytes.length * 8;
        if (slash >= 0) {
          String b = t.substring(slash + 1);
          if (!b.matches("\\d{1,3}") || Integer.parseInt(b) > bits) {
            return Optional.empty();
          }
          bits = Integer.parseInt(b);
        }
        return Optional.of(new Block(bytes, bits));
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }

    boolean contains(InetAddress a) {
      byte[] x = a.getAddress();
      if (x.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((x[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
