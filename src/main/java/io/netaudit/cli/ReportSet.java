package io.netaudit.cli;

import io.netaudit.audit.AuditSummary;
import io.netaudit.audit.StopRequest;
import io.netaudit.policy.Policy;
import io.netaudit.report.AtomicReportFile;
import io.netaudit.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report set of one scheduled run in {@code --output-dir DIR}: {@code
 * netaudit-YYYYMMDDTHHMMSSZ.csv} (and .jsonl, .html as --format asks), then the sidecar {@code
 * netaudit-<stamp>.summary.json} written last (counts, tool version, data dates, SHA-256 of each
 * report, {@code "complete": true}). A set counts as complete only when its sidecar exists: a crash
 * before it leaves a set that {@code --keep} treats as debris.
 *
 * <p>{@code latest.<ext>} and {@code latest.summary.json} are symbolic links to the newest complete
 * set, each replaced atomically (a copy where the file system has no symbolic links). A stopped
 * run's files all carry {@code .incomplete} (its sidecar says {@code "complete": false}) and never
 * move {@code latest}.
 *
 * <p>{@code --keep N} deletes, after a complete run, every netaudit file of the sets older than the
 * N newest complete ones; nothing else in the directory is touched.
 */
final class ReportSet {
  static final String PREFIX = "netaudit-";
  static final String SUMMARY = "summary.json";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * Every file a report set owns: netaudit-&lt;stamp&gt;.&lt;a format's extension, or
   * summary.json&gt;[.incomplete]. The extensions come from {@link ReportFormat}, so a new format's
   * files are pruned too.
   */
  static final Pattern OWN =
      Pattern.compile(
          "netaudit-(\\d{8}T\\d{6}Z)\\.("
              + ownExtensions()
              + ")("
              + Pattern.quote(StopRequest.INCOMPLETE_SUFFIX)
              + ")?");

  private static String ownExtensions() {
    List<String> alternatives = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      alternatives.add(Pattern.quote(f.extension()));
    }
    alternatives.add(Pattern.quote(SUMMARY));
    return String.join("|", alternatives);
  }

  /** Temp files of our atomic writes (ours and AtomicReportFile's). */
  private static final Pattern OWN_TEMP =
      Pattern.compile("\\.(netaudit-\\d{8}T\\d{6}Z|latest)\\..*\\.tmp-.*");

  private final Path dir;
  private final String stamp;
  private final Instant started;

  /** The history store's outcome for the sidecar: location, site, state; null without a store. */
  private String[] store;

  private ReportSet(Path dir, String stamp, Instant started) {
    this.dir = dir;
    this.stamp = stamp;
    this.started = started;
  }

  /**
   * Starts a set at {@code now}; if a set with the same second exists (two quick runs), waits for
   * the next second, so a name is never reused.
   */
  static ReportSet begin(Path dir, java.time.Clock clock) throws InterruptedException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--output-dir " + dir + " is not a directory");
    }
    while (true) {
      Instant now = clock.instant();
      String stamp = STAMP.format(now);
      if (!taken(dir, stamp)) {
        return new ReportSet(dir.toAbsolutePath(), stamp, now);
      }
      Thread.sleep(1000 - now.getNano() / 1_000_000 + 5);
    }
  }

  private static boolean taken(Path dir, String stamp) {
    for (ReportFormat f : ReportFormat.values()) {
      if (Files.exists(dir.resolve(PREFIX + stamp + "." + f.extension()))
          || Files.exists(
              dir.resolve(PREFIX + stamp + "." + f.extension() + StopRequest.INCOMPLETE_SUFFIX))) {
        return true;
      }
    }
    return Files.exists(dir.resolve(PREFIX + stamp + "." + SUMMARY));
  }

  /** Deletes temp files that crashed runs left; call while holding the run lock. */
  static int removeStaleTemps(Path dir) {
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        if (OWN_TEMP.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
          Files.deleteIfExists(p);
          n++;
        }
      }
    } catch (IOException e) {
      // best effort
    }
    return n;
  }

  String stamp() {
    return stamp;
  }

  /** When the set was begun: the run's start. */
  Instant started() {
    return started;
  }

  /**
   * What became of the run in the history store, for the sidecar ({@code "store": {...}}).
   *
   * @param state {@code stored}, {@code spooled}, {@code lost} or {@code not stored}
   */
  void recordStore(String location, String site, String state) {
    this.store = new String[] {location, site, state};
  }

  /** Where each requested format goes. */
  Map<ReportFormat, String> outputs(Collection<ReportFormat> formats) {
    Map<ReportFormat, String> out = new EnumMap<>(ReportFormat.class);
    for (ReportFormat f : formats) {
      out.put(f, dir.resolve(PREFIX + stamp + "." + f.extension()).toString());
    }
    return out;
  }

  Path summaryFile(boolean complete) {
    return dir.resolve(
        PREFIX + stamp + "." + SUMMARY + (complete ? "" : StopRequest.INCOMPLETE_SUFFIX));
  }

  /**
   * Writes the sidecar last, atomically. {@code written} are the report files as published (for a
   * stopped run, the .incomplete ones).
   */
  Path writeSummary(
      AuditSummary s,
      Map<ReportFormat, String> written,
      boolean complete,
      String stoppedBy,
      int exitCode,
      Policy policy,
      String registries,
      String version,
      Instant finished)
      throws IOException {
    String text =
        new SummaryJson()
            .run(complete, stoppedBy, version, started, finished, exitCode)
            .counts(s)
            .policy(policy, registries)
            .compliance(s.compliance())
            .store(store)
            .reportProblem(s)
            .files(written);
    Path file = summaryFile(complete);
    new AtomicReportFile(java.io.OutputStream.nullOutputStream())
        .write(file.toString(), out -> out.write(text));
    return file;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Points latest.<ext> and latest.summary.json at this (complete) set. */
  void markLatest(Collection<ReportFormat> formats) throws IOException {
    List<String> names = new ArrayList<>();
    for (ReportFormat f : formats) {
      names.add(f.extension());
    }
    names.add(SUMMARY);
    for (String ext : names) {
      Path latest = dir.resolve("latest." + ext);
      String target = PREFIX + stamp + "." + ext;
      Path tmp = dir.resolve(".latest." + ext + ".tmp-" + ProcessHandle.current().pid());
      Files.deleteIfExists(tmp);
      try {
        Files.createSymbolicLink(tmp, Path.of(target));
      } catch (UnsupportedOperationException | FileSystemException e) {
        Files.copy(dir.resolve(target), tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Keeps the {@code keep} newest complete sets; deletes the files of every older set (complete or
   * not). Sets newer than the newest complete one (stopped runs since) stay until they are older
   * than a kept set.
   *
   * @return the files deleted
   */
  static List<Path> prune(Path dir, int keep) throws IOException {
    Map<String, List<Path>> byStamp = new TreeMap<>();
    TreeSet<String> complete = new TreeSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        Matcher m = OWN.matcher(p.getFileName().toString());
        if (m.matches() && !Files.isDirectory(p)) {
          byStamp.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p);
          if (m.group(2).equals(SUMMARY) && m.group(3) == null) {
            complete.add(m.group(1));
          }
        }
      }
    }
    List<Path> deleted = new ArrayList<>();
    if (complete.size() <= keep) {
      return deleted;
    }
    String oldestKept = complete.descendingSet().stream().skip(keep - 1).findFirst().orElseThrow();
    for (Map.Entry<String, List<Path>> e : byStamp.entrySet()) {
      if (e.getKey().compareTo(oldestKept) < 0) {
        for (Path p : e.getValue()) {
          Files.deleteIfExists(p);
          deleted.add(p);
        }
      }
    }
    return deleted;
  }
}
