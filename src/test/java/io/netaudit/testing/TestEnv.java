package io.netaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment an in-process CLI run gets in tests: the caller's, plus {@code NETAUDIT_LOCK_DIR}
 * naming a directory of this test JVM's own, so a run whose report goes to stdout never meets the
 * lock of another test run on the machine (other builds, other worktrees) and exits 75.
 */
public final class TestEnv {
  public static final String LOCK_DIR_ENV = "NETAUDIT_LOCK_DIR";

  private TestEnv() {}

  /** {@code env} with this JVM's lock directory, unless it names one already. */
  public static Map<String, String> isolated(Map<String, String> env) {
    if (env.containsKey(LOCK_DIR_ENV)) {
      return env;
    }
    Map<String, String> out = new HashMap<>(env);
    out.put(LOCK_DIR_ENV, LockDir.PATH.toString());
    return out;
  }

  /** Created once per JVM, on first use (the holder idiom: no mutable static state). */
  private static final class LockDir {
    static final Path PATH = create();

    private static Path create() {
      try {
        // Under target/ (surefire runs in the project directory): nothing left in /tmp.
        Path parent = Files.createDirectories(Path.of("target", "test-locks").toAbsolutePath());
        return Files.createTempDirectory(parent, "jvm-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
