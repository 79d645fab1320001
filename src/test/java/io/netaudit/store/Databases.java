package io.netaudit.store;

import io.netaudit.testing.PostgresExtension;
import io.netaudit.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test new databases of either kind: a SQLite file in a temp dir, or a new database on
 * the test JVM's real PostgreSQL server (the test is skipped when its binaries are absent).
 * Register with {@code @RegisterExtension}.
 */
final class Databases implements BeforeEachCallback, AfterEachCallback {
  private ExtensionContext context;
  private Path dir;
  private int n;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    this.context = context;
    this.dir = Files.createTempDirectory("netaudit-store-test-");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  Path dir() {
    return dir;
  }

  /**
   * @param kind "sqlite" or "postgresql"
   */
  TestDb create(String kind) throws Exception {
    if (kind.equals("sqlite")) {
      return new TestDb(StoreLocation.sqlite(dir.resolve("store-" + ++n + ".db")), "", null);
    }
    TestPostgres pg = PostgresExtension.server(context);
    return new TestDb(StoreLocation.parse(pg.newDatabase()), TestPostgres.USER, pg.password());
  }
}
