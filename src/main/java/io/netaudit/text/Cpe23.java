package io.netaudit.text;

import java.util.Locale;
import java.util.Optional;

/**
 * CPE 2.3 names in the formatted-string binding (NISTIR 7695, section 6.2): {@code
 * cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other}.
 *
 * <p>From free text (a model or firmware string a device sent) to one attribute value: surrounding
 * white space removed, lowercase (the dictionary's convention; CPE matching ignores case), each run
 * of white space one {@code _} (the dictionary's spelling of a space), then every character other
 * than a letter, a digit, {@code _}, {@code -} and {@code .} quoted with a backslash, as the
 * binding requires ({@code \:} {@code \/} {@code \*} {@code \?} {@code \\} ...), so an asterisk or
 * question mark in device text is never read as a wildcard. Text outside printable ASCII has no
 * faithful CPE spelling: then there is no name, rather than a wrong one. So is a value that is
 * empty or is a lone {@code -} (which the binding reads as "not applicable").
 */
public final class Cpe23 {
  /**
   * The CPE part: {@code h} hardware, {@code o} operating system (firmware), {@code a} software.
   */
  public enum Part {
    HARDWARE('h'),
    OPERATING_SYSTEM('o'),
    APPLICATION('a');

    private final char letter;

    Part(char letter) {
      this.letter = letter;
    }
  }

  private Cpe23() {}

  /**
   * The name for part, vendor, product and version; the other attributes are {@code *} (ANY). Empty
   * when a value has no CPE spelling (see the class comment).
   *
   * @param vendor the vendor as the CPE dictionary spells it (e.g. {@code huawei}); free text is
   *     accepted and bound like the others
   * @param version the version; "" or null binds as {@code *} (ANY: not known)
   */
  public static Optional<String> name(Part part, String vendor, String product, String version) {
    Optional<String> v = value(vendor);
    Optional<String> p = value(product);
    boolean anyVersion = version == null || version.isBlank();
    Optional<String> ver = anyVersion ? Optional.of("*") : value(version);
    if (v.isEmpty() || p.isEmpty() || ver.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "cpe:2.3:"
            + part.letter
            + ":"
            + v.get()
            + ":"
            + p.get()
            + ":"
            + ver.get()
            + ":*:*:*:*:*:*:*");
  }

  /** One attribute value bound for the formatted string, or empty when it has no spelling. */
  public static Optional<String> value(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("-")) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(t.length() + 8);
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (!inSpace) {
          out.append('_');
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      if (c < 0x21 || c > 0x7e) {
        return Optional.empty();
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        out.append('\\');
      }
      out.append(c);
    }
    return Optional.of(out.toString());
  }
}
