package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  @TempDir Path dir;

  @Test
  void aReportOnStdoutLocksInNetauditLockDirWhenItIsSet() throws Exception {
    Path lockDir = Files.createDirectory(dir.resolve("locks"));
    Path file =
        RunLock.fileFor(
            null, "-", Map.of(RunLock.DIR_ENV, lockDir.toString(), "XDG_RUNTIME_DIR", "/"));
    assertThat(file).isEqualTo(lockDir.resolve("netaudit.lock"));
    try (RunLock held = RunLock.acquire(file)) {
      assertThatThrownBy(() -> RunLock.acquire(file))
          .isInstanceOf(RunLock.HeldException.class)
          .hasMessageContaining(file.toString());
    }
    Path other = Files.createDirectory(dir.resolve("other"));
    try (RunLock held = RunLock.acquire(file);
        RunLock independent =
            RunLock.acquire(
                RunLock.fileFor(null, "-", Map.of(RunLock.DIR_ENV, other.toString())))) {
      assertThat(independent.file()).isNotEqualTo(held.file());
    }
  }

  @Test
  void inADirectoryOthersMayWriteToTheLockNamesTheUser() throws Exception {
    Path shared = Files.createDirectory(dir.resolve("tmp"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path file = RunLock.fileFor(null, shared.resolve("report.csv").toString(), Map.of());
    String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
    assertThat(file).isEqualTo(shared.resolve(".netaudit-" + user + ".lock"));
    assertThat(RunLock.fileFor(shared, "-", Map.of())).isEqualTo(file);
  }

  @Test
  void inAGroupDirectoryTheLockIsGroupWritableWhateverTheUmask() throws Exception {
    Path group = Files.createDirectory(dir.resolve("reports"));
    Files.setPosixFilePermissions(group, PosixFilePermissions.fromString("rwxrwxr-x"));
    Path file = RunLock.fileFor(group, "-", Map.of());
    assertThat(file).isEqualTo(group.resolve(RunLock.NAME));
    try (RunLock held = RunLock.acquire(file)) {
      assertThat(Files.getPosixFilePermissions(file))
          .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE)
          .doesNotContain(PosixFilePermission.OTHERS_WRITE);
    }
    Path own = Files.createDirectory(dir.resolve("private"));
    Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwx------"));
    try (RunLock held = RunLock.acquire(RunLock.fileFor(own, "-", Map.of()))) {
      assertThat(Files.getPosixFilePermissions(held.file()))
          .doesNotContain(PosixFilePermission.GROUP_WRITE);
    }
  }
}
