package io.netaudit.audit;

import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The NO_RESPONSE rows of an {@code --all-targets} run, kept off the heap: a /8 has 16 million
 * silent addresses, far too many {@link ReportRow}s to hold. Each silent target is one small record
 * (address, poll time, index of its detail text); records are buffered in chunks, and each full
 * chunk is sorted by address and appended to one temp file as a sorted run (an external sort). A
 * pass ({@link #open()}) merges the runs, and the last chunk held in memory, into address order and
 * builds each row as it goes, so a report streams them in the same order as the rows that are held
 * ({@link ReportRows#ORDER}). A run of fewer than one chunk never touches the disk.
 *
 * <p>Rows are exactly what {@link RowBuilder#unanswered} makes for a NO_RESPONSE probe without
 * version or credential; {@link #accepts} says which probes those are. Filled on one thread; passes
 * may run after that. {@link #close()} deletes the temp file.
 *
 * <p>Over 300 lines because it is one external sort: the spill of sorted runs and the merge that
 * reads them back share the record layout and the temp file, and nothing else uses either.
 */
final class SilentRows implements ReportRows, AutoCloseable {
  static final int DEFAULT_CHUNK = 1 << 17;
  private static final int MERGE_BUFFER_BUDGET = 4 << 20;
  private static final Comparator<Silent> BY_ADDRESS =
      (a, b) -> {
        int byLength = Integer.compare(a.address.length, b.address.length);
        return byLength != 0 ? byLength : Arrays.compareUnsigned(a.address, b.address);
      };

  private final int chunkSize;
  private final Path dir;
  private final List<Silent> chunk = new ArrayList<>();
  private final List<String> details = new ArrayList<>();
  private final Map<String, Integer> detailIds = new HashMap<>();

  /** Per run on disk: {offset, records}. */
  private final List<long[]> runs = new ArrayList<>();

  private Path file;
  private FileChannel channel;
  private DataOutputStream out;
  private long written;
  private long size;
  private boolean frozen;

  SilentRows() {
    this(DEFAULT_CHUNK, null);
  }

  /**
   * @param dir where the temp file goes; null = java.io.tmpdir
   */
  SilentRows(int chunkSize, Path dir) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size must be positive");
    }
    this.chunkSize = chunkSize;
    this.dir = dir;
  }

  /**
   * True for addresses whose row needs nothing but address, time and detail (all targets; see class
   * doc).
   */
  static boolean accepts(InetAddress address) {
    return !(address instanceof Inet6Address v6) || v6.getScopeId() == 0;
  }

  /** Adds one silent target. */
  void add(InetAddress address, Instant polledAt, String detail) {
    if (frozen) {
      throw new IllegalStateException("rows are already being read");
    }
    Integer id = detailIds.get(detail);
    if (id == null) {
      id = details.size();
      details.add(detail);
      detailIds.put(detail, id);
    }
    chunk.add(new Silent(address.getAddress(), polledAt.toEpochMilli(), id));
    size++;
    if (chunk.size() >= chunkSize) {
      spill();
    }
  }

  @Override
  public long size() {
    return size;
  }

  /** Temp-file runs so far (0 while everything fits in one chunk); for tests. */
  int runsOnDisk() {
    return runs.size();
  }

  private void spill() {
    chunk.sort(BY_ADDRESS);
    try {
      if (out == null) {
        file =
            dir == null
                ? Files.createTempFile("netaudit-silent-", ".bin")
                : Files.createTempFile(dir, "netaudit-silent-", ".bin");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        out =
            new DataOutputStream(
                new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
      }
      runs.add(new long[] {written, chunk.size()});
      for (Silent s : chunk) {
        out.writeByte(s.address.length);
        out.write(s.address);
        out.writeLong(s.millis);
        out.writeInt(s.detail);
        written += 1 + s.address.length + 12;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the silent-target spill file: " + e.getMessage(), e);
    }
    chunk.clear();
  }

  @Override
  public Cursor open() {
    if (!frozen) {
      frozen = true;
      chunk.sort(BY_ADDRESS);
      if (out != null) {
        try {
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    List<Source> sources = new ArrayList<>();
    int bufferSize =
        runs.isEmpty() ? 0 : Math.max(4096, Math.min(1 << 16, MERGE_BUFFER_BUDGET / runs.size()));
    for (long[] run : runs) {
      sources.add(new RunSource(run[0], run[1], bufferSize));
    }
    if (!chunk.isEmpty()) {
      sources.add(new MemorySource(chunk));
    }
    PriorityQueue<Source> heads =
        new PriorityQueue<>((a, b) -> BY_ADDRESS.compare(a.head(), b.head()));
    for (Source s : sources) {
      if (s.advance()) {
        heads.add(s);
      }
    }
    return new Cursor() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public ReportRow next() {
        Source s = heads.poll();
        if (s == null) {
          throw new NoSuchElementException();
        }
        Silent r = s.head();
        if (s.advance()) {
          heads.add(s);
        }
        return RowBuilder.silent(
            toInet(r.address), Instant.ofEpochMilli(r.millis), details.get(r.detail));
      }

      @Override
      public void close() {
        heads.clear();
      }
    };
  }

  @Override
  public void close() throws IOException {
    chunk.clear();
    try {
      if (channel != null) {
        channel.close();
      }
    } finally {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static InetAddress toInet(byte[] b) {
    try {
      // Inet6Address for 16 bytes, so ::ffff:a.b.c.d stays IPv6 as the target was.
      return b.length == 16 ? Inet6Address.getByAddress(null, b, -1) : InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Silent(byte[] address, long millis, int detail) {}

  private interface Source {
    /** Moves to the next record; false when there is none. */
    boolean advance();

    Silent head();
  }

  private static final class MemorySource implements Source {
    private final List<Silent> records;
    private int next;
    private Silent head;

    MemorySource(List<Silent> records) {
      this.records = records;
    }

    @Override
    public boolean advance() {
      head = next < records.size() ? records.get(next++) : null;
      return head != null;
    }

    @Override
    public Silent head() {
      return head;
    }
  }

  /**
   * One sorted run of the temp file, read with positional reads (the channel is shared by every
   * run).
   */
  private final class RunSource implements Source {
    private final ByteBuffer buffer;
    private long position;
    private long remaining;
    private Silent head;

    RunSource(long offset, long records, int bufferSize) {
      this.position = offset;
      this.remaining = records;
      this.buffer = ByteBuffer.allocate(bufferSize);
      buffer.limit(0);
    }

    @Override
    public boolean advance() {
      if (remaining == 0) {
        head = null;
        return false;
      }
      remaining--;
      ensure(1);
      int length = buffer.get();
      ensure(length + 12);
      byte[] address = new byte[length];
      buffer.get(address);
      head = new Silent(address, buffer.getLong(), buffer.getInt());
      return true;
    }

    private void ensure(int bytes) {
      if (buffer.remaining() >= bytes) {
        return;
      }
      buffer.compact();
      try {
        while (buffer.position() < bytes) {
          int n = channel.read(buffer, position);
          if (n < 0) {
            throw new UncheckedIOException(
                new IOException("silent-target spill file is truncated"));
          }
          position += n;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the silent-target spill file: " + e.getMessage(), e);
      }
      buffer.flip();
    }

    @Override
    public Silent head() {
      return head;
    }
  }
}
