package io.netaudit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * One run at a time per report destination: an OS lock ({@code fcntl} through {@link
 * FileChannel#tryLock}) on a lock file, held while the run lasts. The kernel drops it when the
 * process ends, however it ends (kill -9 included), so it never goes stale the way a PID file does.
 * The PID written into the file is only for the message a second run prints; the lock is what
 * counts. The file itself is left in place (removing it would race with a run that just opened it).
 *
 * <p>Where: {@code <output-dir>/.netaudit.lock}; {@code <directory of -o FILE>/.netaudit.lock}; for
 * a report on stdout {@code $XDG_RUNTIME_DIR/netaudit.lock}, else {@code /run/lock/netaudit.lock}
 * when writable, else {@code <java.io.tmpdir>/netaudit-<user>.lock}.
 */
final class RunLock implements AutoCloseable {
  static final String NAME = ".netaudit.lock";

  /** Another run holds the lock: exit 75 (EX_TEMPFAIL). */
  static final class HeldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeldException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;
  private final Path file;

  private RunLock(FileChannel channel, FileLock lock, Path file) {
    this.channel = channel;
    this.lock = lock;
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * The lock file for a run writing to {@code outputDir} (if set) or {@code output} ("-" = stdout).
   */
  static Path fileFor(Path outputDir, String output, Map<String, String> env) {
    if (outputDir != null) {
      return outputDir.toAbsolutePath().resolve(NAME);
    }
    if (output != null && !"-".equals(output)) {
      return Path.of(output).toAbsolutePath().getParent().resolve(NAME);
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
      return Path.of(runtime, "netaudit.lock");
    }
    Path runLock = Path.of("/run/lock");
    if (Files.isDirectory(runLock) && Files.isWritable(runLock)) {
      return runLock.resolve("netaudit.lock");
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "netaudit-" + System.getProperty("user.name") + ".lock");
  }

  /** Takes the lock at once or fails: never waits (cron starts the next run later anyway). */
  static RunLock acquire(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      // Exit 3, as when the report cannot be written at the end, but before anything is sent.
      throw new IOException("cannot write reports in " + dir + ": no such directory");
    }
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UsageException("cannot open lock file " + file + ": " + Problems.describe(e));
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this JVM (another in-process run)
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new HeldException(
          "another run" + holder + " holds " + file + "; not starting (exit 75, try again later)");
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
        0);
    channel.force(false);
    return new RunLock(channel, lock, file);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      channel.read(buf, 0);
      String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
      return pid.matches("\\d{1,10}") ? " (pid " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
