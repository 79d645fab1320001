package io.netaudit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run at a time per report destination: an OS lock ({@code fcntl} through {@link
 * FileChannel#tryLock}) on a lock file, held while the run lasts. The kernel drops it when the
 * process ends, however it ends (kill -9 included), so it never goes stale the way a PID file does.
 * The PID written into the file is only for the message a second run prints; the lock is what
 * counts. The file itself is left in place (removing it would race with a run that just opened it).
 *
 * <p>Where: {@code <output-dir>/.netaudit.lock}; {@code <directory of -o FILE>/.netaudit.lock}; for
 * a report on stdout {@code $NETAUDIT_LOCK_DIR/netaudit.lock} (tests set it to a temp directory, so
 * parallel test runs on one machine never see each other's lock), else {@code
 * $XDG_RUNTIME_DIR/netaudit.lock}, else {@code /run/lock}, else {@code java.io.tmpdir}.
 *
 * <p>Shared directories: in a directory that others may write to ({@code /tmp}, {@code /run/lock}:
 * world-writable, sticky) the name carries the user ({@code .netaudit-alice.lock}): there a second
 * user can neither reopen the first one's file (the kernel's {@code protected_regular} refuses
 * O_CREAT on another user's file in a sticky directory) nor replace the first one's reports, so a
 * per-user lock excludes exactly what can collide. In a directory shared by a group (mode 2775,
 * say) the lock file is made writable by the directory's group, so every user who may write reports
 * there can take it.
 */
final class RunLock implements AutoCloseable {
  static final String NAME = ".netaudit.lock";

  /** Where a run that writes its report to stdout keeps its lock (tests: a temp directory). */
  static final String DIR_ENV = "NETAUDIT_LOCK_DIR";

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
      return inDirectory(outputDir.toAbsolutePath(), NAME);
    }
    if (output != null && !"-".equals(output)) {
      return inDirectory(Path.of(output).toAbsolutePath().getParent(), NAME);
    }
    for (String variable : List.of(DIR_ENV, "XDG_RUNTIME_DIR")) {
      String dir = env.get(variable);
      if (dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir))) {
        return inDirectory(Path.of(dir).toAbsolutePath(), "netaudit.lock");
      }
    }
    Path runLock = Path.of("/run/lock");
    if (Files.isDirectory(runLock) && Files.isWritable(runLock)) {
      return inDirectory(runLock, "netaudit.lock");
    }
    return inDirectory(Path.of(System.getProperty("java.io.tmpdir")), "netaudit.lock");
  }

  /** {@code name} in {@code dir}, with the user in it where others may write to {@code dir}. */
  static Path inDirectory(Path dir, String name) {
    if (!othersMayWrite(dir)) {
      return dir.resolve(name);
    }
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return dir.resolve(name.replaceFirst("\\.lock$", "-" + user + ".lock"));
  }

  private static boolean othersMayWrite(Path dir) {
    try {
      return Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no such directory yet (acquire says so), or not POSIX
    }
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
      channel = open(file, dir);
    } catch (AccessDeniedException e) {
      throw new UsageException(
          "cannot open lock file "
              + file
              + ": permission denied ("
              + ownerAndMode(file)
              + "); its owner or root can make it group-writable (chmod g+w) or remove it");
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

  /**
   * Opens the lock file, creating it writable by the directory's group when the directory is
   * group-writable (after creation, since the umask would take the bit away at creation).
   */
  private static FileChannel open(Path file, Path dir) throws IOException {
    try {
      FileChannel created =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      shareWithGroup(file, dir);
      return created;
    } catch (FileAlreadyExistsException e) {
      return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
  }

  private static void shareWithGroup(Path file, Path dir) {
    try {
      if (dir != null
          && Files.getPosixFilePermissions(dir).contains(PosixFilePermission.GROUP_WRITE)) {
        Set<PosixFilePermission> mode = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        mode.add(PosixFilePermission.GROUP_READ);
        mode.add(PosixFilePermission.GROUP_WRITE);
        Files.setPosixFilePermissions(file, mode);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: the lock works for this user; a second user gets the clear message above.
    }
  }

  private static String ownerAndMode(Path file) {
    try {
      return "owned by "
          + Files.getOwner(file).getName()
          + ", mode "
          + PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    } catch (IOException | UnsupportedOperationException e) {
      return "owner unknown";
    }
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
