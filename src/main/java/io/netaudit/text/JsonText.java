package io.netaudit.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * A minimal, strict JSON string encoder (RFC 8259). Quote and backslash are escaped; every C0
 * control, DEL and C1 control (a sysDescr may carry ANSI escapes or NULs) becomes <code>
 * &#92;u00XX</code> (with the short forms \b \f \n \r \t); U+2028/U+2029 are escaped so a line is
 * also safe inside JavaScript; a lone UTF-16 surrogate cannot be encoded as UTF-8 and becomes
 * U+FFFD, as in {@link VisibleText}. Everything else, including non-BMP characters, is written as
 * itself (the file is UTF-8).
 *
 * <p>The same rules for Jackson's generator (JSON Lines v2, CycloneDX): {@link #ESCAPES} and {@link
 * #wellFormed} (Jackson writes a lone surrogate as is, and the UTF-8 encoder would then turn it
 * into '?').
 */
public final class JsonText {
  private static final Scrubber.Rule RULE =
      c ->
          switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> mustEscape(c) ? Scrubber.unicodeEscape(c) : null;
          };

  private static final Scrubber SCRUBBER = new Scrubber(null, RULE);

  /** Lone surrogates only; everything else kept. */
  private static final Scrubber WELL_FORMED = new Scrubber(null, c -> null);

  /** This class's escaping for a Jackson {@code JsonGenerator} ({@code setCharacterEscapes}). */
  public static final CharacterEscapes ESCAPES = new JacksonEscapes();

  private JsonText() {}

  /** The quoted JSON string for s; null is written as the empty string "". */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder((s == null ? 0 : s.length()) + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** Appends the quoted JSON string for s (null as ""). */
  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    if (s != null) {
      SCRUBBER.appendTo(out, s);
    }
    out.append('"');
  }

  /** s with every lone UTF-16 surrogate replaced by U+FFFD (null stays null). */
  public static String wellFormed(String s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return WELL_FORMED.apply(s);
      }
    }
    return s;
  }

  private static boolean mustEscape(char c) {
    return Scrubber.isControl(c) || c == '\u2028' || c == '\u2029';
  }

  /** {@link #RULE} as Jackson's escape table: the same output for every well-formed string. */
  private static final class JacksonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    JacksonEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      char c = (char) ch;
      return ch <= 0xffff && mustEscape(c) ? new SerializedString(Scrubber.unicodeEscape(c)) : null;
    }
  }
}
