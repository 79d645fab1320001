package io.netaudit.store;

import io.netaudit.testing.PostgresExtension;
import io.netaudit.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store contract on a real PostgreSQL server started by the tests on loopback. */
@ExtendWith(PostgresExtension.class)
class PostgresStoreTest extends StoreContract {
  private TestPostgres pg;

  @BeforeEach
  void server(TestPostgres pg) {
    this.pg = pg;
  }

  @Override
  Store newStore() throws Exception {
    return TestStores.postgres(pg);
  }
}
