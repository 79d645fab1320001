package io.netaudit.store;

import static io.netaudit.report.AuditStatus.RESTRICTED;
import static io.netaudit.store.StoreRows.T0;
import static io.netaudit.store.StoreRows.device;
import static io.netaudit.store.StoreRows.rows;
import static io.netaudit.store.StoreRows.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schema migrations on real databases: an empty database becomes a store; an existing store with
 * data is brought to a later schema and keeps its data (a test-only V2 stands for the next
 * netaudit's migration); a store whose schema is newer than this netaudit's is refused with one
 * line, before anything is read or written.
 */
class StoreMigrationTest {
  private static final List<String> LATER = List.of("classpath:db/later-schema");

  @RegisterExtension final Databases databases = new Databases();

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void emptyThenExistingThenNewerThanThisNetaudit(String kind) throws Exception {
    TestDb db = databases.create(kind);
    Store v1 = db.open();
    assertThat(v1.schemaVersion()).isEqualTo("1");
    v1.write(
        run("lab", T0),
        rows(device("10.0.0.1", RESTRICTED, "Huawei")),
        Coverage.ALL,
        new WriteOptions(true, 3, 0));
    assertThat(db.open().schemaVersion()).as("an up-to-date store is left as it is").isEqualTo("1");

    Store v2 = db.open(LATER);
    assertThat(v2.schemaVersion()).isEqualTo("2");
    assertThat(v2.latestRuns("lab")).hasSize(1);
    assertThat(v2.rows(v2.latestRuns("lab").get(0))).hasSize(1);
    assertThat(db.count("SELECT COUNT(*) FROM run WHERE note = 'migrated'")).isEqualTo(1);

    assertThatThrownBy(db::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has schema version 2, made by a newer netaudit")
        .hasMessageContaining("this one knows up to 1")
        .satisfies(
            e ->
                assertThat(((StoreException) e).kind())
                    .isEqualTo(StoreException.Kind.NEWER_SCHEMA));
    assertThat(db.count("SELECT COUNT(*) FROM run"))
        .as("nothing written by the refusal")
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aFailedMigrationOfANewerVersionIsRefusedToo(String kind) throws Exception {
    TestDb db = databases.create(kind);
    db.open();
    try (Connection c = db.jdbc();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (7, '7',"
              + " 'half applied', 'SQL', 'V7__half.sql', 0, 'test', 1, "
              + (kind.equals("sqlite") ? "0" : "false")
              + ")");
    }
    assertThatThrownBy(db::open).hasMessageContaining("schema version 7");
  }
}
