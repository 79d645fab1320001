package io.netaudit.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every secret the process holds (communities, passphrases, localised keys), in each spelling a log
 * line could show it in: the text, and hex with and without ':' separators (SNMP4J prints octet
 * strings that way). The log masker replaces each with {@value #MASK}. Process-wide because logging
 * is.
 */
public final class Secrets {
  public static final String MASK = "<masked>";

  /** Shorter strings would mask ordinary words ("pub"); no real secret is that short. */
  private static final int MIN_LENGTH = 4;

  private static final List<String> KNOWN = new CopyOnWriteArrayList<>();

  private Secrets() {}

  /** Registers a secret (its bytes are not kept beyond the spellings). */
  public static void register(byte[] secret) {
    if (secret == null || secret.length == 0) {
      return;
    }
    add(new String(secret, StandardCharsets.UTF_8));
    String hex = HexFormat.of().formatHex(secret);
    add(hex);
    add(hex.toUpperCase(Locale.ROOT));
    HexFormat colons = HexFormat.ofDelimiter(":");
    add(colons.formatHex(secret));
    add(colons.withUpperCase().formatHex(secret));
  }

  private static synchronized void add(String s) {
    if (s.length() >= MIN_LENGTH && !KNOWN.contains(s)) {
      KNOWN.add(s);
      // Longest first, so a secret that contains another is masked whole.
      KNOWN.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  public static boolean isEmpty() {
    return KNOWN.isEmpty();
  }

  /** True when {@code text} holds a registered secret. */
  public static boolean contains(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (String s : KNOWN) {
      if (text.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with every registered secret replaced by {@value #MASK}. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : KNOWN) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /** For tests: forgets every secret. */
  public static void clearForTests() {
    KNOWN.clear();
  }
}
