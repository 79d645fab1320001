package io.netaudit.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, through its JDBC driver, in a temporary file. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Store newStore() throws Exception {
    return Store.open(StoreLocation.parse("sqlite:" + dir.resolve("netaudit.db")), "", null);
  }
}
