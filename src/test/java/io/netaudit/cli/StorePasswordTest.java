package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.store.StoreLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the PostgreSQL store's password comes from: a 0600 file, or libpq's password file. */
class StorePasswordTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final io.netaudit.secrets.Secrets secrets = new io.netaudit.secrets.Secrets();

  private CliContext ctx(Map<String, String> env) {
    return new CliContext(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]),
        env,
        Clock.systemUTC());
  }

  private Path file(String name, String text, String mode) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
    return f;
  }

  @Test
  void pgpassLinesMatchLikeLibpq() throws Exception {
    StoreLocation db = StoreLocation.parse("postgresql://audit@db.example:5433/estate");
    List<String> lines =
        List.of(
            "# comment",
            "other.example:*:*:*:nope",
            "db.example:5433:estate:someone:nope",
            "db.example:*:estate:audit:pa\\:ss\\\\word:with-colon",
            "*:*:*:*:fallback");
    assertThat(StorePassword.lookup(lines, db, "audit")).isEqualTo("pa:ss\\word:with-colon");
    assertThat(StorePassword.lookup(lines, db, "reader")).isEqualTo("fallback");
    assertThat(StorePassword.lookup(List.of("db.example:5432:*:*:x"), db, "audit")).isNull();
  }

  @Test
  void theUserComesFromTheUrlThenPguser() throws Exception {
    Path pgpass = file("pgpass", "db.example:5432:estate:ops:from-pgpass\n", "rw-------");
    StorePassword.Credentials c =
        StorePassword.resolve(
            ctx(Map.of("PGPASSFILE", pgpass.toString(), "PGUSER", "ops")),
            secrets,
            StoreLocation.parse("postgresql://db.example/estate"),
            null);
    assertThat(c.user()).isEqualTo("ops");
    assertThat(new String(c.password())).isEqualTo("from-pgpass");
    assertThat(secrets.contains("a line with from-pgpass in it")).as("masked in logs").isTrue();
  }

  @Test
  void aPgpassOthersCanReadIsIgnoredWithAWarningAsLibpqDoes() throws Exception {
    Path pgpass = file("pgpass", "*:*:*:*:leaked\n", "rw-r--r--");
    StorePassword.Credentials c =
        StorePassword.resolve(
            ctx(Map.of("PGPASSFILE", pgpass.toString())),
            secrets,
            StoreLocation.parse("postgresql://a@db.example/estate"),
            null);
    assertThat(c.password()).isNull();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("has group or world access; ignored, as libpq does (chmod 0600 " + pgpass);
  }

  @Test
  void thePasswordFileMustBePrivate() throws Exception {
    Path open = file("pw", "s3cret\n", "rw-r-----");
    assertThatThrownBy(
            () ->
                StorePassword.resolve(
                    ctx(Map.of()), secrets, StoreLocation.parse("postgresql://a@db/estate"), open))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("store password file")
        .hasMessageContaining("chmod 600")
        .hasMessageNotContaining("s3cret");
    Path ok = file("pw2", "s3cret \n", "rw-------");
    assertThat(
            new String(
                StorePassword.resolve(
                        ctx(Map.of()), secrets, StoreLocation.parse("postgresql://a@db/estate"), ok)
                    .password()))
        .as("the line as written, spaces kept")
        .isEqualTo("s3cret ");
  }
}
