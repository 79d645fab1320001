package io.netaudit.cli;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import io.netaudit.text.IniLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credentials file: INI-style named profiles, tried in file order per target.
 *
 * <pre>
 * # comment
 * [core-v3]                   # tried first
 * version   = 3
 * user      = auditor
 * auth      = SHA256          # MD5, SHA, SHA224, SHA256, SHA384, SHA512
 * auth-pass = ...
 * priv      = AES128          # DES, 3DES, AES128, AES192, AES256, AES192-3DESKEY, AES256-3DESKEY
 * priv-pass = ...
 *
 * [legacy]
 * version   = 2c              # 1 or 2c; without it attempts alternate v2c and v1
 * community = ...
 * </pre>
 *
 * Comments follow {@link IniLine}: whole lines starting with '#' or ';', and a '#' after a blank at
 * the end of a header or entry line; a '#' inside a word is part of the value ({@code community =
 * n0c#read}), and a value that needs " #" is written in double quotes ({@code auth-pass = "pass #1
 * word"}). Error messages name the file, line and key, never a value of a secret key.
 */
final class CredentialFile {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,63}");
  private static final Set<String> KEYS =
      Set.of("version", "community", "user", "auth", "auth-pass", "priv", "priv-pass");
  private static final Set<String> SECRET_KEYS = Set.of("community", "auth-pass", "priv-pass");

  private CredentialFile() {}

  static List<Credential> load(Path file) {
    SecretFiles.requirePrivate(file, "credentials file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(
          "cannot read credentials file '" + file + "': " + Problems.describe(e));
    } catch (java.io.UncheckedIOException e) {
      throw new UsageException("cannot read credentials file '" + file + "': not UTF-8 text");
    }
    return parse(file.getFileName().toString(), lines);
  }

  static List<Credential> parse(String name, List<String> lines) {
    List<Credential> out = new ArrayList<>();
    Map<String, Integer> labels = new LinkedHashMap<>();
    String label = null;
    int labelLine = 0;
    Map<String, String> keys = null;
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      IniLine line = IniLine.parse(lines.get(i));
      if (line.isBlank()) {
        continue;
      }
      if (line.kind() == IniLine.Kind.MALFORMED) {
        throw error(name, n, line.problem());
      }
      if (line.kind() == IniLine.Kind.SECTION) {
        if (label != null) {
          out.add(profile(name, labelLine, label, keys));
        }
        label = line.section();
        checkLabel(name, n, label, labels);
        labelLine = n;
        keys = new LinkedHashMap<>();
        continue;
      }
      addKey(name, n, line, label, keys);
    }
    if (label != null) {
      out.add(profile(name, labelLine, label, keys));
    }
    if (out.isEmpty()) {
      throw new UsageException("credentials file '" + name + "' holds no profile");
    }
    return out;
  }

  /** A new profile's label: well formed and not used before in the file. */
  private static void checkLabel(String name, int n, String label, Map<String, Integer> labels) {
    if (!LABEL.matcher(label).matches()) {
      throw error(
          name,
          n,
          "profile label '"
              + Sanitize.printable(label)
              + "' must be 1-64 letters, digits or . _ : @ / + - (starting with a letter or digit)");
    }
    Integer before = labels.putIfAbsent(label, n);
    if (before != null) {
      throw error(name, n, "profile [" + label + "] is defined twice (also line " + before + ")");
    }
  }

  /** One key = value line of the current profile: a known key, once, with a value. */
  private static void addKey(
      String name, int n, IniLine line, String label, Map<String, String> keys) {
    String key = line.key().toLowerCase(java.util.Locale.ROOT);
    String value = line.value();
    if (!KEYS.contains(key)) {
      throw error(
          name,
          n,
          "unknown key '"
              + Sanitize.printable(key)
              + "' (keys: version, community, user, auth, "
              + "auth-pass, priv, priv-pass)");
    }
    if (label == null) {
      throw error(name, n, "'" + key + "' before the first [label]");
    }
    if (value.isEmpty()) {
      throw error(name, n, "'" + key + "' has an empty value");
    }
    if (keys.put(key, value) != null) {
      throw error(name, n, "'" + key + "' is given twice in profile [" + label + "]");
    }
  }

  private static Credential profile(String name, int line, String label, Map<String, String> keys) {
    String version = keys.get("version");
    boolean v3 = "3".equals(version) || version == null && keys.containsKey("user");
    if (version != null
        && !Set.of("1", "2c", "3").contains(version.toLowerCase(java.util.Locale.ROOT))) {
      throw error(
          name,
          line,
          "profile ["
              + label
              + "]: version '"
              + Sanitize.printable(version)
              + "' is not 1, 2c or 3");
    }
    if (!v3) {
      for (String k : List.of("user", "auth", "auth-pass", "priv", "priv-pass")) {
        if (keys.containsKey(k)) {
          throw error(
              name, line, "profile [" + label + "]: '" + k + "' belongs to a version 3 profile");
        }
      }
      String community = keys.get("community");
      if (community == null) {
        throw error(
            name,
            line,
            "profile ["
                + label
                + "]: a version "
                + (version == null ? "1/2c" : version)
                + " profile needs 'community'");
      }
      SnmpVersion only =
          version == null ? null : version.equals("1") ? SnmpVersion.V1 : SnmpVersion.V2C;
      return new Community(label, community.getBytes(StandardCharsets.UTF_8), only);
    }
    if (keys.containsKey("community")) {
      throw error(
          name, line, "profile [" + label + "]: 'community' belongs to a version 1/2c profile");
    }
    String user = keys.get("user");
    if (user == null) {
      throw error(name, line, "profile [" + label + "]: a version 3 profile needs 'user'");
    }
    return usm(
        name + " line " + line + ": profile [" + label + "]",
        label,
        user,
        keys.get("auth"),
        keys.get("auth-pass"),
        keys.get("priv"),
        keys.get("priv-pass"));
  }

  /**
   * Builds a v3 profile from text values; {@code where} prefixes any error. Values of secret keys
   * are never shown.
   */
  static UsmCredential usm(
      String where,
      String label,
      String user,
      String auth,
      String authPass,
      String priv,
      String privPass) {
    UsmCredential.Auth a = null;
    if (auth != null) {
      a = UsmCredential.Auth.parse(auth);
      if (a == null) {
        throw new UsageException(
            where
                + ": auth '"
                + Sanitize.printable(auth)
                + "' is not MD5, SHA, SHA224, SHA256, SHA384 or SHA512");
      }
    }
    UsmCredential.Priv p = null;
    if (priv != null) {
      p = UsmCredential.Priv.parse(priv);
      if (p == null) {
        throw new UsageException(
            where
                + ": priv '"
                + Sanitize.printable(priv)
                + "' is not one of "
                + UsmCredential.Priv.names());
      }
    }
    try {
      return new UsmCredential(label, user, a, bytes(authPass), p, bytes(privPass));
    } catch (IllegalArgumentException e) {
      throw new UsageException(where + ": " + e.getMessage());
    }
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static UsageException error(String name, int line, String message) {
    return new UsageException("credentials file '" + name + "' line " + line + ": " + message);
  }

  static boolean isSecretKey(String key) {
    return SECRET_KEYS.contains(key);
  }

  /** Shows only printable ASCII of user text in a one-line message. */
  static final class Sanitize {
    private Sanitize() {}

    static String printable(String s) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < s.length() && i < 64; i++) {
        char c = s.charAt(i);
        b.append(c >= 0x20 && c < 0x7f ? c : '?');
      }
      return b.toString();
    }
  }
}
