package io.netaudit.snmp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Text a device sent, kept as the raw bytes it sent. Decoded strictly as UTF-8, falling back to
 * ISO-8859-1 (which maps every byte) when the bytes are not valid UTF-8. SNMP4J's {@code
 * OctetString.toString()} is never used: it turns a whole value into hex as soon as one byte is not
 * printable ASCII, which hides "Huawei" inside a sysDescr that also carries a UTF-8 "©".
 */
public final class DeviceString {
  public static final DeviceString EMPTY = new DeviceString(new byte[0]);

  private final byte[] raw;
  private final String text;
  private final boolean utf8;

  private DeviceString(byte[] raw) {
    this.raw = raw;
    String decoded = strictUtf8(raw);
    this.utf8 = decoded != null;
    this.text = decoded != null ? decoded : new String(raw, StandardCharsets.ISO_8859_1);
  }

  public static DeviceString of(byte[] raw) {
    return raw == null || raw.length == 0 ? EMPTY : new DeviceString(raw.clone());
  }

  public static DeviceString of(String text) {
    return text == null || text.isEmpty()
        ? EMPTY
        : new DeviceString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String strictUtf8(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The decoded text, unsanitised: callers that print it must clean it first. */
  public String text() {
    return text;
  }

  public boolean isEmpty() {
    return raw.length == 0;
  }

  /**
   * True when the bytes were valid UTF-8 (otherwise {@link #text()} is their ISO-8859-1 reading).
   */
  public boolean isUtf8() {
    return utf8;
  }

  public byte[] raw() {
    return raw.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(raw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceString && Arrays.equals(raw, ((DeviceString) o).raw);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(raw);
  }

  @Override
  public String toString() {
    return text;
  }
}
