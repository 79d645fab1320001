package io.netaudit.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;

/**
 * Opens connections to one store, set up the way every writer and reader needs them. Also the
 * {@link DataSource} Flyway is given, so migrations run on connections set up the same way.
 *
 * <p>SQLite: write-ahead log (readers never wait for a writer), a writer's transaction takes the
 * write lock when it begins (BEGIN IMMEDIATE: two writers queue instead of deadlocking), a busy
 * timeout of {@value #BUSY_TIMEOUT_MS} ms, foreign keys on. PostgreSQL: a connect timeout of
 * {@value #CONNECT_TIMEOUT_S} s (an unreachable server fails fast and the run goes to the spool), a
 * socket timeout of {@value #SOCKET_TIMEOUT_S} s (a server that hangs mid-write too), and the
 * password only in the driver's properties.
 */
final class Connections implements DataSource {
  static final int BUSY_TIMEOUT_MS = 120_000;
  static final int CONNECT_TIMEOUT_S = 10;
  static final int SOCKET_TIMEOUT_S = 300;

  private final StoreLocation location;
  private final Properties properties;

  Connections(StoreLocation location, String user, char[] password) {
    this.location = location;
    if (location.isSqlite()) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      config.enforceForeignKeys(true);
      this.properties = config.toProperties();
    } else {
      Properties p = new Properties();
      p.setProperty("user", user);
      if (password != null) {
        p.setProperty("password", new String(password));
      }
      p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
      p.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_S));
      p.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_S));
      p.setProperty("ApplicationName", "netaudit");
      this.properties = p;
    }
  }

  StoreLocation location() {
    return location;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(location.jdbcUrl(), properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the store's credentials are fixed");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Nothing is logged through a DataSource log writer: the store logs through SLF4J.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Fixed in the connection properties.
  }

  @Override
  public int getLoginTimeout() {
    return CONNECT_TIMEOUT_S;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging parent");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
