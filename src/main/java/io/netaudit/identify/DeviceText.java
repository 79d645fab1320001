package io.netaudit.identify;

import io.netaudit.snmp.DeviceString;

/**
 * Decodes device text (sysDescr and friends) from the raw OCTET STRING bytes: strict UTF-8, and
 * ISO-8859-1 when the bytes are not valid UTF-8 (ISO-8859-1 maps every byte, so nothing is lost or
 * replaced). Never use SNMP4J's {@code OctetString.toString()}, which turns non-printable values
 * into hex. The rule itself lives in {@link DeviceString}, which the scanner uses for everything a
 * device sends.
 */
public final class DeviceText {

  private DeviceText() {}

  /** Returns the decoded text; {@code null} or no bytes give the empty string. */
  public static String decode(byte[] raw) {
    return DeviceString.of(raw).text();
  }
}
