package io.netaudit.identify;

import io.netaudit.text.Quote;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An SNMP authoritative engine ID (RFC 3411 SnmpEngineID), decoded.
 *
 * <ul>
 *   <li>{@code enterprise}: the IANA Private Enterprise Number, or -1 when the ID is empty, too
 *       short or garbled;
 *   <li>{@code format}: the 5th octet for RFC 3411 IDs (1 IPv4, 2 IPv6, 3 MAC, 4 text, 5 octets,
 *       128-255 enterprise-specific), 0 for the legacy RFC 1910 12-octet form, -1 when garbled;
 *   <li>{@code mac}: {@code aa:bb:cc:dd:ee:ff} for format 3 with exactly 6 octets, else empty;
 *   <li>{@code text}: the decoded text of format 4, else empty.
 * </ul>
 *
 * The array is copied in and out, and equality is by content.
 */
public record EngineId(byte[] raw, long enterprise, int format, String mac, String text) {

  public static final int FORMAT_IPV4 = 1;
  public static final int FORMAT_IPV6 = 2;
  public static final int FORMAT_MAC = 3;
  public static final int FORMAT_TEXT = 4;
  public static final int FORMAT_OCTETS = 5;

  public EngineId {
    raw = raw == null ? new byte[0] : raw.clone();
    mac = mac == null ? "" : mac;
    text = text == null ? "" : text;
  }

  /** Decodes {@code raw} (null is treated as empty). Never throws. */
  public static EngineId decode(byte[] raw) {
    byte[] b = raw == null ? new byte[0] : raw;
    if (b.length < 5 || b.length > 32 || allZero(b)) {
      // RFC 3411: 5..32 octets; an all-zero ID is not a valid engine ID
      return new EngineId(b, -1, -1, "", "");
    }
    long first =
        ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    if ((b[0] & 0x80) == 0) {
      // RFC 1910 legacy form: 4 octets enterprise + 8 octets agent-specific, 12 in all
      return b.length == 12 ? new EngineId(b, first, 0, "", "") : new EngineId(b, -1, -1, "", "");
    }
    long enterprise = first & 0x7fff_ffffL;
    int format = b[4] & 0xff;
    String mac = "";
    String text = "";
    if (format == FORMAT_MAC && b.length == 11) {
      mac = HexFormat.ofDelimiter(":").formatHex(b, 5, 11).toLowerCase(Locale.ROOT);
    } else if (format == FORMAT_TEXT) {
      text = DeviceText.decode(Arrays.copyOfRange(b, 5, b.length));
    }
    return new EngineId(b, enterprise, format, mac, text);
  }

  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** Lower-case hex of the raw octets, e.g. {@code 800007db03286ed4a1b2c3}. */
  public String hex() {
    return HexFormat.of().formatHex(raw);
  }

  /** A short name of the format, for notes. */
  public String formatName() {
    switch (format) {
      case -1:
        return "garbled";
      case 0:
        return "legacy (RFC 1910)";
      case FORMAT_IPV4:
        return "IPv4";
      case FORMAT_IPV6:
        return "IPv6";
      case FORMAT_MAC:
        return "MAC";
      case FORMAT_TEXT:
        return "text";
      case FORMAT_OCTETS:
        return "octets";
      default:
        return format >= 128 ? "enterprise-specific " + format : "reserved " + format;
    }
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EngineId e
        && Arrays.equals(raw, e.raw)
        && enterprise == e.enterprise
        && format == e.format
        && mac.equals(e.mac)
        && text.equals(e.text);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(raw);
  }

  @Override
  public String toString() {
    return "EngineId["
        + hex()
        + ", enterprise="
        + enterprise
        + ", format="
        + formatName()
        + (mac.isEmpty() ? "" : ", mac=" + mac)
        + (text.isEmpty() ? "" : ", text=" + Quote.of(text))
        + "]";
  }
}
