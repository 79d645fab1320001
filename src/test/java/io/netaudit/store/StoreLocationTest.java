package io.netaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Store URLs: what is accepted, what the driver is given, and that a password never is. */
class StoreLocationTest {
  @Test
  void sqliteAndPostgresql() throws Exception {
    StoreLocation s = StoreLocation.parse("sqlite:data/netaudit.db");
    assertThat(s.isSqlite()).isTrue();
    assertThat(s.database()).isEqualTo(Path.of("data/netaudit.db").toAbsolutePath().toString());
    assertThat(StoreLocation.parse("sqlite:///var/lib/netaudit/netaudit.db").database())
        .isEqualTo("/var/lib/netaudit/netaudit.db");

    StoreLocation p =
        StoreLocation.parse("postgresql://audit@db.example:5433/estate?sslmode=verify-full");
    assertThat(p.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example:5433/estate?sslmode=verify-full");
    assertThat(p.user()).isEqualTo("audit");
    assertThat(p.host()).isEqualTo("db.example");
    assertThat(p.port()).isEqualTo(5433);
    assertThat(p).hasToString("postgresql://audit@db.example:5433/estate");
    StoreLocation v6 = StoreLocation.parse("postgres://[::1]/estate");
    assertThat(v6.host()).isEqualTo("::1");
    assertThat(v6.port()).isEqualTo(5432);
    assertThat(v6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/estate");
  }

  @Test
  void aPasswordOrAnythingElseIsRefusedWithOneLine() {
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://audit:s3cret@db/estate"))
        .hasMessageContaining("a password in the URL")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://db/estate?password=s3cret"))
        .hasMessageContaining("never a password")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> StoreLocation.parse("mysql://db/estate"))
        .hasMessageContaining("give sqlite:PATH or postgresql://");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://db:99999/estate"))
        .hasMessageContaining("not in 1-65535");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://db"))
        .hasMessageContaining("no database name");
    assertThatThrownBy(() -> StoreLocation.parse("sqlite:")).isInstanceOf(StoreException.class);
  }
}
