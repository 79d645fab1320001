package io.netaudit.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The long tail of makers: over a folder of recordings with LibreNMS's {@code index.csv} ({@code
 * file,librenms_os,os_text,icon}), served and scanned like {@link CorpusEvaluation}, how many
 * devices get a maker named, and whether the name agrees with LibreNMS's brand or the brand's
 * owner. The comparison rule is data: {@code librenms-brands.csv} (next to this class) gives per
 * LibreNMS OS or icon the accepted maker names, or marks a generic operating system, which is left
 * out of the figure. A seeded random fifth of the recordings ({@link #heldOut}) was held back while
 * the rules were written; the figures are given for both parts.
 *
 * <p>Test-only: the recordings are test input, never part of the product.
 */
public final class LongTailEvaluation {
  /** The seed and share of the held-back recordings (written down in docs/accuracy.md). */
  static final long HOLDOUT_SEED = 16;

  static final double HOLDOUT_SHARE = 0.2;

  /**
   * The scan's timeout and retries: generous, so that a loaded machine (the agents and the scan
   * share one JVM) delays answers without losing them; identification does not depend on them.
   */
  static final String TIMEOUT = "3s";

  static final int RETRIES = 2;

  private static final String BRANDS = "librenms-brands.csv";
  private static final String GENERIC = "generic";

  /** One line of the index. */
  record Entry(String file, String os, String osText, String icon) {}

  /** The comparison rule for one key; {@code accepted} is null for a generic operating system. */
  record Brand(String key, Pattern accepted, String notes) {
    boolean generic() {
      return accepted == null;
    }
  }

  /** What the scan said about one recording. */
  record Outcome(
      Entry entry,
      Brand brand,
      boolean heldOut,
      String status,
      String vendor,
      String evidence,
      String sysDescr,
      String sysObjectId,
      boolean flagged,
      int rows) {
    boolean named() {
      return !vendor.isEmpty();
    }

    boolean agrees() {
      return named() && !brand.generic() && brand.accepted().matcher(vendor).find();
    }

    boolean wrong() {
      return named() && !brand.generic() && !agrees();
    }
  }

  /** The outcome of a run. */
  record Result(
      Path corpus,
      List<Outcome> outcomes,
      int exitCode,
      String summary,
      int extraRows,
      long millis) {
    String markdown() {
      return LongTailReport.markdown(this);
    }

    List<Outcome> where(Predicate<Outcome> p) {
      return outcomes.stream().filter(p).toList();
    }
  }

  private LongTailEvaluation() {}

  /**
   * The held-back recordings: the file names in sorted order, shuffled with {@code new
   * Random(HOLDOUT_SEED)}, the first {@code round(HOLDOUT_SHARE * n)} of them.
   */
  static Set<String> heldOut(List<String> files) {
    List<String> shuffled = new ArrayList<>(new TreeSet<>(files));
    Collections.shuffle(shuffled, new Random(HOLDOUT_SEED));
    int n = (int) Math.round(shuffled.size() * HOLDOUT_SHARE);
    return new TreeSet<>(shuffled.subList(0, n));
  }

  /** The comparison rules of {@code librenms-brands.csv}, by key. */
  static Map<String, Brand> brands() throws IOException {
    Map<String, Brand> out = new LinkedHashMap<>();
    try (InputStream in = LongTailEvaluation.class.getResourceAsStream(BRANDS)) {
      if (in == null) {
        throw new IOException(BRANDS + " is not on the test classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String csv = text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
      for (CSVRecord r : parse(new java.io.StringReader(csv))) {
        String accepted = r.get("accepted").strip();
        Pattern p =
            accepted.equals(GENERIC)
                ? null
                : Pattern.compile(accepted, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (out.put(r.get("key").strip(), new Brand(r.get("key").strip(), p, r.get("notes")))
            != null) {
          throw new IOException(BRANDS + ": key " + r.get("key") + " twice");
        }
      }
    }
    return out;
  }

  /** The brand rule for {@code e}: by its OS, else by its icon (else its OS again). */
  static Brand brandOf(Entry e, Map<String, Brand> brands) throws IOException {
    Brand b = brands.get(e.os());
    if (b == null) {
      b = brands.get(e.icon().isEmpty() ? e.os() : e.icon());
    }
    if (b == null) {
      throw new IOException(BRANDS + " has no row for " + e.os() + " (icon " + e.icon() + ")");
    }
    return b;
  }

  /** Serves every recording of {@code corpus} and scans them all with the CLI. */
  public static Result run(Path corpus, Path work) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(corpus.resolve("index.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : parse(r)) {
        entries.add(
            new Entry(
                rec.get("file").strip(),
                rec.get("librenms_os").strip(),
                rec.get("os_text").strip(),
                rec.get("icon").strip()));
      }
    }
    Map<String, Brand> brands = brands();
    List<String> files = entries.stream().map(Entry::file).toList();
    Set<String> held = heldOut(files);
    List<CorpusScan.Served> served = CorpusScan.load(corpus, files);
    CorpusScan.Scan scan = CorpusScan.scan(served, work, TIMEOUT, RETRIES);

    List<Outcome> outcomes = new ArrayList<>();
    Set<String> addresses = new TreeSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      CorpusScan.Served s = served.get(i);
      addresses.add(s.address().getHostAddress());
      List<CSVRecord> mine = scan.of(s.address());
      List<CSVRecord> device =
          mine.stream().filter(x -> x.get("row_type").equals("device")).toList();
      CSVRecord first = device.isEmpty() ? null : device.get(0);
      boolean flagged = mine.stream().anyMatch(x -> CorpusEvaluation.severity(x.get("status")) > 0);
      outcomes.add(
          new Outcome(
              e,
              brandOf(e, brands),
              held.contains(e.file()),
              first == null ? "(no row)" : first.get("status"),
              first == null ? "" : first.get("vendor"),
              first == null ? "" : first.get("evidence"),
              first == null ? "" : first.get("sys_descr"),
              first == null ? "" : first.get("sys_object_id"),
              flagged,
              device.size()));
    }
    int extra = 0;
    for (Map.Entry<String, List<CSVRecord>> x : scan.rows().entrySet()) {
      if (!addresses.contains(x.getKey())) {
        extra += x.getValue().size();
      }
    }
    return new Result(corpus, outcomes, scan.exitCode(), scan.summary(), extra, scan.millis());
  }

  private static Iterable<CSVRecord> parse(Reader r) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
  }

  static String percent(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
  }

  /** Markdown table cell text. */
  static String cell(String s, int max) {
    String t = s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    return t.length() > max ? t.substring(0, max) + "…" : t;
  }
}
