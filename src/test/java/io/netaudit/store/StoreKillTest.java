package io.netaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A collector killed in the middle of writing its run (a child JVM, SIGKILL through
 * destroyForcibly, after it sent 3,000 of its 10,000 rows inside the run's transaction): on a real
 * database, nothing of that run is visible or even present, and the next collector writes its run
 * at once (no lock, no half run left behind).
 */
class StoreKillTest {
  @RegisterExtension final Databases databases = new Databases();

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aRunKilledMidTransactionLeavesNothing(String kind) throws Exception {
    TestDb db = databases.create(kind);
    db.open(); // the schema exists before the child starts
    Path password = databases.dir().resolve("pw");
    Files.writeString(password, db.password() == null ? "" : db.password());
    Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
    String url =
        db.location().isSqlite() ? "sqlite:" + db.location().database() : db.location().toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                StoreWriterChild.class.getName(),
                url,
                db.password() == null ? "-" : password.toString(),
                "10000",
                "3000")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null && !line.equals("midway")) {
      seen.append(line).append('\n');
    }
    assertThat(line).as("the child reached the middle of its write: " + seen).isEqualTo("midway");
    child.destroyForcibly(); // SIGKILL: no Java code of the child runs after it
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Store store = db.open();
    assertThat(store.runs(null, 100)).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM run")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM finding")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM subject")).isZero();

    WriteResult next =
        store.write(
            StoreRows.run("lab", StoreRows.T0.plusSeconds(86_400)),
            new PausingRows(500, -1, () -> {}),
            Coverage.ALL,
            new WriteOptions(true, 3, 0));
    assertThat(next.rows()).isEqualTo(500);
    assertThat(store.runs("lab", 100)).hasSize(1);
  }
}
