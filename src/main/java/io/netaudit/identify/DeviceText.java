package io.netaudit.identify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes device text (sysDescr and friends) from the raw OCTET STRING bytes: strict UTF-8, and ISO-8859-1 when
 * the bytes are not valid UTF-8 (ISO-8859-1 maps every byte, so nothing is lost or replaced). Never use SNMP4J's
 * {@code OctetString.toString()}, which turns non-printable values into hex.
 */
public final class DeviceText {

    private DeviceText() {
    }

    /** Returns the decoded text; {@code null} or no bytes give the empty string. */
    public static String decode(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }
}
