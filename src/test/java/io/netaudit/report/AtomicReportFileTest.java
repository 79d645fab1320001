package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicReportFileTest {
  @TempDir Path dir;

  @Test
  void theReportHasTheModeTheUmaskGivesAnyNewFile() throws Exception {
    Path plain = Files.createFile(dir.resolve("plain")); // 0666 less this process's umask
    Path report = dir.resolve("report.csv");
    new AtomicReportFile(OutputStream.nullOutputStream())
        .write(report.toString(), w -> w.write("a\n"));
    assertThat(Files.readString(report)).isEqualTo("a\n");
    assertThat(Files.getPosixFilePermissions(report))
        .as("no forced 0600")
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aPipeOrDeviceIsWrittenInPlaceNotReplaced() throws Exception {
    // -o /dev/null as root once replaced /dev/null with a regular file (temp file + rename). A
    // FIFO in the temp dir stands for the device: the same kind of non-regular file, and harmless
    // if this ever regresses.
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    new AtomicReportFile(OutputStream.nullOutputStream())
        .write(fifo.toString(), w -> w.write("a,b\n"));
    assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("a,b\n");
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(fifo);
    }
  }

  @Test
  void aFailedWriteLeavesNeitherTempFileNorReport() throws Exception {
    Path report = dir.resolve("report.csv");
    assertThatThrownBy(
            () ->
                new AtomicReportFile(OutputStream.nullOutputStream())
                    .write(
                        report.toString(),
                        w -> {
                          w.write("half");
                          throw new IOException("disk full");
                        }))
        .hasMessage("disk full");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
