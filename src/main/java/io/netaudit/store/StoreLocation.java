package io.netaudit.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store is: {@code sqlite:PATH} (a file; relative to the working directory) or {@code
 * postgresql://[user@]host[:port]/database[?param=value&...]} (also {@code postgres://}; the
 * parameters go to the JDBC driver, e.g. {@code sslmode=verify-full}). A password is never part of
 * a location (it would show in {@code ps} and in logs): it comes from a 0600 file or libpq's
 * password file, see the README.
 *
 * @param dialect which database
 * @param jdbcUrl what the JDBC driver is given (no user, no password)
 * @param host the PostgreSQL host (for the password file lookup); "" for SQLite
 * @param port the PostgreSQL port; 0 for SQLite
 * @param database the PostgreSQL database name; the file for SQLite
 * @param user the PostgreSQL user named in the URL, or "" (then PGUSER or the login name)
 */
public record StoreLocation(
    Dialect dialect, String jdbcUrl, String host, int port, String database, String user) {

  public StoreLocation {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** The SQLite file at {@code file}. */
  public static StoreLocation sqlite(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    return new StoreLocation(Dialect.SQLITE, "jdbc:sqlite:" + path, "", 0, path, "");
  }

  /**
   * Reads a location as the user gives it.
   *
   * @throws StoreException (BAD_LOCATION) with a one-line reason
   */
  public static StoreLocation parse(String text) throws StoreException {
    String t = text == null ? "" : text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sqlite:")) {
      String path = t.substring("sqlite:".length());
      if (path.startsWith("//")) {
        path = path.substring(2); // sqlite:///abs/path, as in SQLAlchemy
      }
      if (path.isBlank()) {
        throw bad(text, "no file after sqlite:");
      }
      return sqlite(Path.of(path));
    }
    for (String scheme : new String[] {"postgresql://", "postgres://"}) {
      if (lower.startsWith(scheme)) {
        return postgresql(text, t.substring(scheme.length()));
      }
    }
    throw bad(text, "give sqlite:PATH or postgresql://host[:port]/database");
  }

  private static StoreLocation postgresql(String text, String rest) throws StoreException {
    int q = rest.indexOf('?');
    String query = q < 0 ? "" : rest.substring(q + 1);
    String main = q < 0 ? rest : rest.substring(0, q);
    int slash = main.indexOf('/');
    if (slash < 0 || slash == main.length() - 1) {
      throw bad(text, "no database name (postgresql://host[:port]/database)");
    }
    String authority = main.substring(0, slash);
    String database = main.substring(slash + 1);
    String user = "";
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      user = authority.substring(0, at);
      authority = authority.substring(at + 1);
      if (user.contains(":")) {
        throw bad(
            text,
            "a password in the URL would show in ps and in logs: put it in a 0600 file "
                + "(--store-password-file) or in ~/.pgpass");
      }
    }
    String host = authority;
    int port = 5432;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && colon > authority.lastIndexOf(']')) {
      host = authority.substring(0, colon);
      try {
        port = Integer.parseInt(authority.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw bad(text, "port '" + authority.substring(colon + 1) + "' is not a number");
      }
      if (port < 1 || port > 65535) {
        throw bad(text, "port " + port + " is not in 1-65535");
      }
    }
    if (host.isEmpty() || database.contains("/")) {
      throw bad(text, "give postgresql://host[:port]/database");
    }
    if (query.toLowerCase(Locale.ROOT).matches("(^|.*&)(password|user)=.*")) {
      throw bad(text, "give the user before the host (user@host) and never a password in the URL");
    }
    String url =
        "jdbc:postgresql://"
            + host
            + ":"
            + port
            + "/"
            + database
            + (query.isEmpty() ? "" : "?" + query);
    String bareHost =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return new StoreLocation(Dialect.POSTGRESQL, url, bareHost, port, database, user);
  }

  private static StoreException bad(String text, String why) {
    return new StoreException(
        StoreException.Kind.BAD_LOCATION, "store '" + redacted(text) + "': " + why);
  }

  /** The text with anything that may be a password replaced: messages never echo one. */
  static String redacted(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("(://[^/@:]*):[^/@]*@", "$1:<masked>@")
        .replaceAll("(?i)(password=)[^&]*", "$1<masked>");
  }

  public boolean isSqlite() {
    return dialect == Dialect.SQLITE;
  }

  /** How messages name this store: the URL without parameters (which may carry key paths). */
  @Override
  public String toString() {
    if (isSqlite()) {
      return "sqlite:" + database;
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "postgresql://" + (user.isEmpty() ? "" : user + "@") + h + ":" + port + "/" + database;
  }
}
