package io.netaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The newest schema version in the code is the newest migration file. */
class MigrationsTest {
  @Test
  void latestIsTheHighestMigrationFile() throws Exception {
    Path dir = Path.of("src/main/resources/db/migration");
    try (Stream<Path> files = Files.list(dir)) {
      int highest =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.+\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow();
      assertThat(Migrations.LATEST).isEqualTo(highest);
    }
  }
}
