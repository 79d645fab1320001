package io.netaudit.eval;

import io.netaudit.agent.Snmprec;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Accuracy of the whole tool over a folder of snmpsim recordings with an {@code index.csv} ({@code
 * file,...,vendor,...,expected_status}): every recording is served at once by an in-process agent
 * on its own loopback address (127.66.0.1 on), the real CLI scans them all over UDP, and each CSV
 * row is compared with the expected status. The result is a markdown report: confusion table,
 * totals and every recording that differs.
 *
 * <p>Test-only: the recordings are test input, never part of the product.
 */
public final class CorpusEvaluation {
  /** The statuses the scan reports, in table order. */
  static final List<String> GOT =
      List.of("RESTRICTED", "REVIEW", "COMPLIANT", "UNIDENTIFIED", "NO_RESPONSE", "ERROR");

  /** The index's expected statuses, in table order. */
  static final List<String> EXPECTED = List.of("restricted", "review", "compliant", "unknown");

  private static final String NO_ROW = "(no row)";

  /**
   * One recording: its index line (expected is "" when the file is not in the index) and where it
   * was served.
   */
  public record Recording(
      String file,
      String vendor,
      String expected,
      InetAddress address,
      Snmprec loaded,
      String loadError) {}

  /** What the scan said about one recording; {@code rows} is how many CSV rows had its address. */
  public record Outcome(
      Recording recording, String got, String vendorFound, String evidence, int rows) {
    /** The status the index expects, in the report's spelling. */
    public String expectedStatus() {
      return CorpusEvaluation.expectedStatus(recording.expected());
    }

    public boolean matches() {
      return got.equals(expectedStatus());
    }
  }

  /** The outcome of a run. */
  public record Result(
      Path corpus,
      List<Outcome> outcomes,
      List<String> indexProblems,
      int exitCode,
      String summary,
      int extraRows,
      long millis) {
    public String markdown() {
      return CorpusEvaluation.markdown(this);
    }
  }

  private CorpusEvaluation() {}

  /** restricted->RESTRICTED, review->REVIEW, compliant->COMPLIANT, unknown->UNIDENTIFIED. */
  static String expectedStatus(String expected) {
    return switch (expected) {
      case "restricted" -> "RESTRICTED";
      case "review" -> "REVIEW";
      case "compliant" -> "COMPLIANT";
      case "unknown" -> "UNIDENTIFIED";
      default -> expected.isEmpty() ? "?" : expected.toUpperCase(Locale.ROOT);
    };
  }

  /**
   * Serves every recording of {@code corpus} and scans them all with the CLI.
   *
   * @param work a scratch folder for the target list and the CSV report
   */
  public static Result run(Path corpus, Path work) throws IOException {
    List<String> indexProblems = new ArrayList<>();
    List<Recording> recordings = recordings(corpus, indexProblems);
    List<CorpusScan.Served> served = new ArrayList<>();
    for (Recording r : recordings) {
      served.add(new CorpusScan.Served(r.file(), r.address(), r.loaded(), r.loadError()));
    }
    CorpusScan.Scan scan = CorpusScan.scan(served, work, "1s", 1);

    List<Outcome> outcomes = new ArrayList<>();
    Set<String> addresses = new LinkedHashSet<>();
    for (Recording r : recordings) {
      addresses.add(r.address().getHostAddress());
      List<CSVRecord> mine = scan.of(r.address());
      List<CSVRecord> deviceRows =
          mine.stream().filter(x -> x.get("row_type").equals("device")).toList();
      CSVRecord first = deviceRows.isEmpty() ? null : deviceRows.get(0);
      // A restricted or review component (e.g. H3C modules in an HP chassis) flags the device.
      String got = first == null ? NO_ROW : first.get("status");
      String vendor = first == null ? "" : first.get("vendor");
      for (CSVRecord c : mine) {
        if (c.get("row_type").equals("component") && severity(c.get("status")) > severity(got)) {
          got = c.get("status");
          vendor = vendor + " with a " + c.get("vendor") + " component";
        }
      }
      outcomes.add(
          new Outcome(
              r, got, vendor, first == null ? "" : first.get("evidence"), deviceRows.size()));
    }
    int extra = 0;
    for (Map.Entry<String, List<CSVRecord>> e : scan.rows().entrySet()) {
      if (!addresses.contains(e.getKey())) {
        extra += e.getValue().size();
      }
    }
    return new Result(
        corpus, outcomes, indexProblems, scan.exitCode(), scan.summary(), extra, scan.millis());
  }

  static int severity(String status) {
    return status.startsWith("RESTRICTED") ? 2 : status.startsWith("REVIEW") ? 1 : 0;
  }

  /**
   * The index's lines in file order, then any recording the index does not name; each with its
   * address.
   */
  static List<Recording> recordings(Path corpus, List<String> problems) throws IOException {
    Map<String, String[]> index = new LinkedHashMap<>();
    Path indexFile = corpus.resolve("index.csv");
    try (Reader r = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
      var parsed =
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
      for (String column : List.of("file", "vendor", "expected_status")) {
        if (!parsed.getHeaderMap().containsKey(column)) {
          throw new IOException(
              indexFile + ": no column '" + column + "' (header " + parsed.getHeaderNames() + ")");
        }
      }
      for (CSVRecord rec : parsed) {
        String file = rec.get("file").strip();
        if (index.put(
                file, new String[] {rec.get("vendor").strip(), rec.get("expected_status").strip()})
            != null) {
          problems.add("index.csv names " + file + " twice (the last line is used)");
        }
      }
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(corpus)) {
      s.filter(p -> p.getFileName().toString().endsWith(".snmprec") && Files.isRegularFile(p))
          .forEach(p -> files.add(p.getFileName().toString()));
    }
    List<String> order = new ArrayList<>();
    for (String f : index.keySet()) {
      if (files.contains(f)) {
        order.add(f);
      } else {
        problems.add("index.csv names " + f + ", which is not in the folder");
      }
    }
    for (String f : files) {
      if (!index.containsKey(f)) {
        order.add(f);
        problems.add(f + " is not in index.csv (served, expected status unknown)");
      }
    }
    List<Recording> out = new ArrayList<>();
    for (CorpusScan.Served s : CorpusScan.load(corpus, order)) {
      String[] meta = index.getOrDefault(s.file(), new String[] {"", ""});
      out.add(new Recording(s.file(), meta[0], meta[1], s.address(), s.loaded(), s.loadError()));
    }
    return out;
  }

  static String markdown(Result result) {
    List<Outcome> outcomes = result.outcomes();
    Set<String> expectedRows = new LinkedHashSet<>(EXPECTED);
    Set<String> gotColumns = new LinkedHashSet<>(GOT);
    for (Outcome o : outcomes) {
      expectedRows.add(o.recording().expected());
      gotColumns.add(o.got());
    }
    StringBuilder md = new StringBuilder();
    md.append("# Corpus accuracy\n\n");
    md.append("Corpus: `")
        .append(result.corpus())
        .append("`, ")
        .append(outcomes.size())
        .append(
            " recordings, each served by its own in-process agent and scanned over UDP by `netaudit scan`")
        .append(" (`--timeout 1s --retries 1`; ")
        .append(String.format(Locale.ROOT, "%.1f", result.millis() / 1000.0))
        .append(" s, exit code ")
        .append(result.exitCode())
        .append(").\n\n");

    md.append(
        "## Confusion table\n\nRows: expected (index.csv). Columns: status in the report.\n\n");
    md.append("| expected \\ got |");
    for (String g : gotColumns) {
      md.append(' ').append(g).append(" |");
    }
    md.append(" total | correct |\n|---|");
    md.append("---:|".repeat(gotColumns.size() + 2)).append('\n');
    for (String e : expectedRows) {
      List<Outcome> mine =
          outcomes.stream().filter(o -> o.recording().expected().equals(e)).toList();
      if (mine.isEmpty() && !EXPECTED.contains(e)) {
        continue;
      }
      md.append("| ").append(e.isEmpty() ? "(not in index)" : e).append(" |");
      for (String g : gotColumns) {
        long n = mine.stream().filter(o -> o.got().equals(g)).count();
        md.append(' ').append(n).append(" |");
      }
      long ok = mine.stream().filter(Outcome::matches).count();
      md.append(' ').append(mine.size()).append(" | ").append(ok).append(" |\n");
    }
    md.append("| **total** |");
    for (String g : gotColumns) {
      md.append(' ').append(outcomes.stream().filter(o -> o.got().equals(g)).count()).append(" |");
    }
    long correct = outcomes.stream().filter(Outcome::matches).count();
    md.append(' ').append(outcomes.size()).append(" | ").append(correct).append(" |\n\n");

    md.append("## Totals\n\n");
    md.append("- correct: ")
        .append(correct)
        .append(" of ")
        .append(outcomes.size())
        .append(" (")
        .append(percent(correct, outcomes.size()))
        .append(")\n");
    long flaggedExpected = count(outcomes, o -> isFinding(o.expectedStatus()));
    long flaggedCorrect = count(outcomes, o -> isFinding(o.expectedStatus()) && o.matches());
    long flaggedAny = count(outcomes, o -> isFinding(o.expectedStatus()) && isFinding(o.got()));
    md.append("- restricted/review recordings given exactly their status: ")
        .append(flaggedCorrect)
        .append(" of ")
        .append(flaggedExpected)
        .append(" (")
        .append(percent(flaggedCorrect, flaggedExpected))
        .append("); flagged at")
        .append(" all (RESTRICTED or REVIEW): ")
        .append(flaggedAny)
        .append('\n');
    long cleanExpected = count(outcomes, o -> !isFinding(o.expectedStatus()));
    long falseAlarms = count(outcomes, o -> !isFinding(o.expectedStatus()) && isFinding(o.got()));
    md.append("- false alarms (compliant/unknown reported RESTRICTED or REVIEW): ")
        .append(falseAlarms)
        .append(" of ")
        .append(cleanExpected)
        .append('\n');
    long silent =
        count(
            outcomes,
            o ->
                o.got().equals("NO_RESPONSE") || o.got().equals("ERROR") || o.got().equals(NO_ROW));
    md.append("- no answer / error / no row: ").append(silent).append('\n');
    md.append("- rows per recording: ")
        .append(
            count(outcomes, o -> o.rows() == 1) == outcomes.size()
                ? "exactly one each"
                : "NOT one each")
        .append("; rows for other addresses: ")
        .append(result.extraRows())
        .append("\n\n");

    List<Outcome> diffs = outcomes.stream().filter(o -> !o.matches()).toList();
    md.append("## Differences (").append(diffs.size()).append(")\n\n");
    if (!diffs.isEmpty()) {
      md.append(
          "| file | vendor | expected | got | vendor found | evidence |\n|---|---|---|---|---|---|\n");
      for (Outcome o : diffs) {
        md.append("| ")
            .append(cell(o.recording().file()))
            .append(" | ")
            .append(cell(o.recording().vendor()))
            .append(" | ")
            .append(cell(o.recording().expected()))
            .append(" | ")
            .append(cell(o.got()))
            .append(" | ")
            .append(cell(o.vendorFound()))
            .append(" | ")
            .append(cell(o.evidence()))
            .append(" |\n");
      }
      md.append('\n');
    }

    List<String> notes = new ArrayList<>(result.indexProblems());
    for (Outcome o : outcomes) {
      Recording r = o.recording();
      if (r.loadError() != null) {
        notes.add(r.file() + ": not served: " + r.loadError());
      } else if (r.loaded().skipped() > 0 || r.loaded().variations() > 0) {
        notes.add(
            r.file()
                + ": "
                + r.loaded().skipped()
                + " bad line(s) skipped"
                + (r.loaded().variations() > 0
                    ? ", " + r.loaded().variations() + " variation-module line(s)"
                    : "")
                + (r.loaded().problems().isEmpty()
                    ? ""
                    : "; first: "
                        + r.loaded()
                            .problems()
                            .get(0)
                            .replace(result.corpus().toString() + "/", "")));
      }
    }
    if (!notes.isEmpty()) {
      md.append("## Recording notes\n\n");
      for (String n : notes) {
        md.append("- ").append(n.replace("\n", " ")).append('\n');
      }
      md.append('\n');
    }
    if (!result.summary().isEmpty()) {
      md.append("## Scan summary\n\n```\n").append(result.summary()).append("\n```\n");
    }
    return md.toString();
  }

  private static boolean isFinding(String status) {
    return status.equals("RESTRICTED") || status.equals("REVIEW");
  }

  private static long count(List<Outcome> outcomes, java.util.function.Predicate<Outcome> p) {
    return outcomes.stream().filter(p).count();
  }

  private static String percent(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
  }

  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
