package io.netaudit.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secrets one run holds (communities, passphrases, localised keys), in each spelling a log line
 * could show them in: the text, and hex with and without ':' separators (SNMP4J prints octet
 * strings that way). The log masker ({@link MaskingTurboFilter}) replaces each with {@value #MASK}.
 *
 * <p>The composition root creates one per run, hands it to the masker, and lets whoever learns a
 * secret (credential loading, the SNMPv3 sessions' key localisation) {@link #register} it. Safe for
 * use from any thread: registration is rare, lookups are lock-free.
 */
public final class Secrets {
  public static final String MASK = "<masked>";

  /** Shorter strings would mask ordinary words ("pub"); no real secret is that short. */
  private static final int MIN_LENGTH = 4;

  private final List<String> known = new CopyOnWriteArrayList<>();

  /** Registers a secret (its bytes are not kept beyond the spellings). */
  public void register(byte[] secret) {
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

  private synchronized void add(String s) {
    if (s.length() >= MIN_LENGTH && !known.contains(s)) {
      known.add(s);
      // Longest first, so a secret that contains another is masked whole.
      known.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  public boolean isEmpty() {
    return known.isEmpty();
  }

  /** True when {@code text} holds a registered secret. */
  public boolean contains(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (String s : known) {
      if (text.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with every registered secret replaced by {@value #MASK}. */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : known) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }
}
