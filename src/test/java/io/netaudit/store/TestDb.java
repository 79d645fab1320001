package io.netaudit.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** A new, empty database of one kind for one test, and how to reach it. */
record TestDb(StoreLocation location, String user, String password) {
  Store open() throws StoreException {
    return open(List.of());
  }

  Store open(List<String> moreMigrations) throws StoreException {
    return Store.open(
        location, user, password == null ? null : password.toCharArray(), moreMigrations);
  }

  /** A plain JDBC connection, to look at the tables themselves. */
  Connection jdbc() throws SQLException {
    Properties p = new Properties();
    if (!location.isSqlite()) {
      p.setProperty("user", user);
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(location.jdbcUrl(), p);
  }

  long count(String sql) throws SQLException {
    try (Connection c = jdbc();
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
