package io.netaudit.cli;

import io.netaudit.secrets.Secrets;
import io.netaudit.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL store's user and password, never from a flag or a URL: {@code
 * --store-password-file FILE} (its first line; the file must be private to its owner, like every
 * secret file of netaudit), else libpq's password file ({@code PGPASSFILE}, else {@code ~/.pgpass}:
 * {@code hostname:port:database:username:password} lines, {@code *} matching anything, {@code \:}
 * and {@code \\} escapes, the first match wins) which, as libpq does, is ignored with a warning
 * when group or others can read it. The user is the URL's, else {@code PGUSER}, else the login
 * name. The password is registered with the log masker before it is used.
 */
final class StorePassword {
  /** A user and (possibly no) password. */
  record Credentials(String user, char[] password) {}

  private StorePassword() {}

  static Credentials resolve(
      CliContext ctx, Secrets secrets, StoreLocation location, Path passwordFile) {
    if (location.isSqlite()) {
      return new Credentials("", null);
    }
    String user = location.user();
    if (user.isEmpty()) {
      user = ctx.env().getOrDefault("PGUSER", System.getProperty("user.name", ""));
    }
    String password = null;
    if (passwordFile != null) {
      SecretFiles.requirePrivate(passwordFile, "store password file");
      password = firstLine(passwordFile);
      if (password.isEmpty()) {
        throw new UsageException("store password file '" + passwordFile + "' is empty");
      }
    } else {
      Path pgpass = pgpassFile(ctx.env());
      if (pgpass != null && Files.isRegularFile(pgpass)) {
        if (private_(pgpass)) {
          password = lookup(readLines(pgpass), location, user);
        } else {
          ctx.err()
              .println(
                  "netaudit: warning: password file '"
                      + pgpass
                      + "' has group or world access; ignored, as libpq does (chmod 0600 "
                      + pgpass
                      + ")");
        }
      }
    }
    if (password == null) {
      return new Credentials(user, null);
    }
    secrets.register(password.getBytes(StandardCharsets.UTF_8));
    return new Credentials(user, password.toCharArray());
  }

  private static Path pgpassFile(Map<String, String> env) {
    String explicit = env.get("PGPASSFILE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String home = env.get("HOME");
    return home == null || home.isBlank() ? null : Path.of(home, ".pgpass");
  }

  private static boolean private_(Path file) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      return perms.stream()
          .noneMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
    } catch (UnsupportedOperationException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The password of the first line that matches, or null. */
  static String lookup(List<String> lines, StoreLocation location, String user) {
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = fields(line);
      if (f.size() < 5) {
        continue;
      }
      if (matches(f.get(0), location.host())
          && matches(f.get(1), Integer.toString(location.port()))
          && matches(f.get(2), location.database())
          && matches(f.get(3), user)) {
        return f.get(4);
      }
    }
    return null;
  }

  private static boolean matches(String pattern, String value) {
    return pattern.equals("*") || pattern.equals(value);
  }

  /** The colon-separated fields of a pgpass line, with {@code \:} and {@code \\} unescaped. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        f.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  private static String firstLine(Path file) {
    List<String> lines = readLines(file);
    return lines.isEmpty() ? "" : lines.get(0);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read '" + file + "': " + Problems.describe(e));
    }
  }
}
