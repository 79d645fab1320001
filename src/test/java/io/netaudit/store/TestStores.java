package io.netaudit.store;

import io.netaudit.testing.TestPostgres;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Opens test stores of both kinds and remembers the credentials of the PostgreSQL ones. */
final class TestStores {
  /** Store URL -> password (tests run in parallel only across JVMs). */
  private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

  private TestStores() {}

  static Store postgres(TestPostgres pg) throws Exception {
    String url = pg.newDatabase();
    StoreLocation location = StoreLocation.parse(url);
    PASSWORDS.put(location.toString(), pg.password());
    return Store.open(location, TestPostgres.USER, pg.password().toCharArray());
  }

  static String user(Store store) {
    return store.location().isSqlite() ? "" : TestPostgres.USER;
  }

  static char[] password(Store store) {
    String p = PASSWORDS.get(store.location().toString());
    return p == null ? null : p.toCharArray();
  }
}
