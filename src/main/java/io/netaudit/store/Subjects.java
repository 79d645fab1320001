package io.netaudit.store;

import io.netaudit.text.AddressText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Subject keys as people write and read them. */
public final class Subjects {
  private Subjects() {}

  /** {@code ip:10.0.0.1/entity:5} -> {@code 10.0.0.1 entity 5}; {@code mac:...} -> the MAC. */
  public static String label(String subject) {
    String s = subject;
    int colon = s.indexOf(':');
    if (s.startsWith("ip:") || s.startsWith("mac:")) {
      s = s.substring(colon + 1);
    }
    return s.replace("/entity:", " entity ");
  }

  /**
   * What a user typed (an address or a MAC) as the stored spelling: addresses as the reports write
   * them ({@code getHostAddress}, IPv6 uncompressed), MACs lower case with colons.
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static String normalize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[0-9a-f]{2}([:-][0-9a-f]{2}){5}|[0-9a-f]{4}(\\.[0-9a-f]{4}){2}|[0-9a-f]{12}")) {
      String hex = t.replaceAll("[:.-]", "");
      StringBuilder mac = new StringBuilder();
      for (int i = 0; i < 12; i += 2) {
        mac.append(i == 0 ? "" : ":").append(hex, i, i + 2);
      }
      return mac.toString();
    }
    if (!t.isEmpty()
        && t.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      try {
        return AddressText.of(InetAddress.getByName(t));
      } catch (UnknownHostException e) {
        // falls through to the error
      }
    }
    throw new IllegalArgumentException("'" + text + "' is neither an address nor a MAC");
  }
}
