package io.netaudit.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Publishes a UTF-8 text file (every report format goes through it): written to a temp file in the
 * same directory, fsynced, then moved over the final name with ATOMIC_MOVE (readers see the old
 * complete file or the new complete one, never a truncated one); the temp file is removed when
 * anything fails. A target that is a device or a pipe ({@code -o /dev/null}) is written in place.
 * The target "-" writes to the given stream instead, which is flushed but not closed (it belongs to
 * the caller).
 *
 * <p>The file's mode is the umask's (0644 under 022, 0640 under 027), as for any tool's output: a
 * compliance group reads the reports of a scheduled run through the umask and the directory's mode,
 * not through a mode this class would force.
 */
public final class AtomicReportFile {
  /** Produces the content as text; it may throw, and then nothing is published. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Produces the content as UTF-8 bytes (a writer that has its text encoded already); it may throw,
   * and then nothing is published. The stream is buffered.
   */
  @FunctionalInterface
  public interface ByteBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Bytes written at a time: a report of thousands of rows is a few large writes. */
  private static final int BUFFER = 1 << 16;

  private final OutputStream stdoutForDash;
  private final UnaryOperator<OutputStream> fileStreamDecorator;

  public AtomicReportFile(OutputStream stdoutForDash) {
    this(stdoutForDash, UnaryOperator.identity());
  }

  /** Test seam: wraps the temp file's stream so a test can make the write fail halfway. */
  AtomicReportFile(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.stdoutForDash = stdoutForDash;
    this.fileStreamDecorator = fileStreamDecorator;
  }

  public void write(String target, Body body) throws IOException {
    writeBytes(
        target,
        bytes -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
          body.writeTo(out);
          out.flush();
        });
  }

  /** As {@link #write}, for a body that writes UTF-8 bytes itself. */
  public void writeBytes(String target, ByteBody body) throws IOException {
    if ("-".equals(target)) {
      OutputStream out = new BufferedOutputStream(stdoutForDash, BUFFER);
      body.writeTo(out);
      out.flush();
      return;
    }
    Path finalPath = Path.of(target).toAbsolutePath();
    if (Files.exists(finalPath)
        && !Files.isRegularFile(finalPath)
        && !Files.isDirectory(finalPath)) {
      // A device or a pipe (-o /dev/null, /dev/stdout, a FIFO): written in place. A rename would
      // replace it with a regular file, and as root that turns /dev/null into one for everyone.
      try (OutputStream device = Files.newOutputStream(finalPath, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(device, BUFFER);
        body.writeTo(out);
        out.flush();
      }
      return;
    }
    Path dir = finalPath.getParent();
    Path tmp = null;
    try {
      FileChannel opened = null;
      while (opened == null) {
        tmp = dir.resolve(tempName(finalPath));
        try {
          // No permission attribute: the file gets 0666 less the umask, like any file a tool
          // writes (Files.createTempFile would force 0600 and hide reports from a reading group).
          opened = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException taken) {
          tmp = null; // another writer's temp file: draw another name
        }
      }
      try (FileChannel channel = opened) {
        OutputStream out =
            new BufferedOutputStream(
                fileStreamDecorator.apply(Channels.newOutputStream(channel)), BUFFER);
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(
          tmp, finalPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    syncDirectory(dir);
  }

  /** {@code .<name>.tmp-<random>}: the pattern stale-temp cleaning looks for. */
  private static String tempName(Path finalPath) {
    return "."
        + finalPath.getFileName()
        + ".tmp-"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Best effort: the file is complete under its final name; the directory entry may lag a
      // crash.
    }
  }
}
