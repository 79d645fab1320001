package io.netaudit.eval;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.agent.Snmprec;
import io.netaudit.cli.Cli;
import io.netaudit.cli.CliContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Endpoints over a folder of switch and router recordings with a {@code macs.csv} ground truth
 * ({@code file,mac,owner,expected,seen_in}; {@code ../shared/corpus/librenms-fdb}): every recording
 * is served at once by an in-process agent on 127.112.x.y, the real CLI scans them all over UDP,
 * and every MAC of the ground truth is looked up in the report's {@code mac} cells.
 *
 * <p>Test-only: the recordings are test input, never part of the product.
 */
public final class EndpointCorpus {
  /** One distinct MAC of the ground truth: its class (restricted, review, local, other). */
  record Truth(String mac, String owner, String expected) {}

  /** The rows holding one MAC. */
  record Found(Truth truth, List<CSVRecord> rows) {
    List<CSVRecord> endpointRows() {
      return rows.stream().filter(r -> r.get("row_type").equals("endpoint")).toList();
    }
  }

  /** The outcome of one scan of the corpus. */
  public record Result(
      int recordings,
      long millis,
      int exitCode,
      String err,
      List<CSVRecord> rows,
      List<Found> found,
      java.util.Set<String> unservable) {
    /** Distinct ground-truth MACs that are group (multicast, broadcast) or all-zero addresses. */
    List<Found> notEndpoints() {
      return found.stream().filter(f -> notAnEndpoint(f.truth().mac())).toList();
    }

    List<Found> missing() {
      return found.stream()
          .filter(f -> !notAnEndpoint(f.truth().mac()) && f.rows().isEmpty())
          .filter(f -> !unservable.contains(f.truth().mac()))
          .toList();
    }

    List<Found> inTwoEndpointRows() {
      return found.stream().filter(f -> f.endpointRows().size() > 1).toList();
    }

    /** Restricted-maker (or H3C) MACs not REVIEW/RESTRICTED in the row that holds them. */
    List<Found> watchedNotFlagged() {
      return found.stream()
          .filter(f -> f.truth().expected().matches("restricted|review"))
          .filter(f -> f.rows().stream().noneMatch(r -> flagged(r.get("status"))))
          .toList();
    }

    /** Other and locally administered MACs that an endpoint row flags. */
    List<Found> othersFlagged() {
      return found.stream()
          .filter(f -> !f.truth().expected().matches("restricted|review"))
          .filter(f -> f.endpointRows().stream().anyMatch(r -> flagged(r.get("status"))))
          .toList();
    }

    /** Locally administered MACs whose endpoint row names a maker. */
    List<Found> localWithMaker() {
      return found.stream()
          .filter(f -> locallyAdministered(f.truth().mac()))
          .filter(f -> f.endpointRows().stream().anyMatch(r -> !r.get("vendor").isEmpty()))
          .toList();
    }

    List<CSVRecord> endpointRows() {
      return rows.stream().filter(r -> r.get("row_type").equals("endpoint")).toList();
    }
  }

  private static final int FIRST = (127 << 24) | (112 << 16) | 1; // 127.112.0.1

  private EndpointCorpus() {}

  /** Serves the recordings of {@code corpus} and scans them with {@code extraArgs}. */
  public static Result run(Path corpus, Path work, String... extraArgs) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".snmprec")).sorted().toList();
    }
    List<SimulatedDevice> devices = new ArrayList<>();
    StringBuilder targets = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      InetAddress a = address(i);
      devices.add(new SimulatedDevice(a, Snmprec.load(files.get(i))));
      targets.append(a.getHostAddress()).append('\n');
    }
    Files.createDirectories(work);
    Path list = work.resolve("targets.txt");
    Path csv = work.resolve("report.csv");
    Files.writeString(list, targets, StandardCharsets.US_ASCII);
    Files.deleteIfExists(csv);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int exit;
    try (SimulatedNetwork network = SimulatedNetwork.start(devices, 0)) {
      CliContext ctx =
          new CliContext(
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              new ByteArrayInputStream(new byte[0]),
              Map.of(),
              Clock.systemUTC());
      List<String> args =
          new ArrayList<>(
              List.of(
                  "scan",
                  "-p",
                  Integer.toString(network.port()),
                  "-iL",
                  list.toString(),
                  "-o",
                  csv.toString(),
                  "--timeout",
                  "1s",
                  "--retries",
                  "1",
                  "--fail-on",
                  "never",
                  "--progress",
                  "never"));
      args.addAll(List.of(extraArgs));
      exit = Cli.run(ctx, args.toArray(String[]::new));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<CSVRecord> rows = new ArrayList<>();
    if (Files.exists(csv)) {
      try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(r)
            .forEach(rows::add);
      }
    }
    Map<String, List<CSVRecord>> byMac = new HashMap<>();
    for (CSVRecord r : rows) {
      for (String m : r.get("mac").split(" ")) {
        if (!m.isEmpty()) {
          byMac.computeIfAbsent(m, k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<Found> found = new ArrayList<>();
    for (Truth t : truth(corpus.resolve("macs.csv"))) {
      found.add(new Found(t, byMac.getOrDefault(t.mac(), List.of())));
    }
    return new Result(
        files.size(),
        millis,
        exit,
        err.toString(StandardCharsets.UTF_8),
        rows,
        found,
        unservable(files));
  }

  /**
   * MACs no agent can serve: found only in a line that repeats an earlier line's OID with another
   * value (a recording defect; an agent serves one value per OID, and the replay agent, like
   * snmpsim, keeps the first).
   */
  static java.util.Set<String> unservable(List<Path> files) throws IOException {
    java.util.Set<String> shadowed = new java.util.TreeSet<>();
    StringBuilder served = new StringBuilder();
    java.util.regex.Pattern hex12 = java.util.regex.Pattern.compile("\\|4x\\|([0-9A-Fa-f]{12})$");
    for (Path f : files) {
      Map<String, String> first = new HashMap<>();
      for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
        int bar = line.indexOf('|');
        if (bar < 0) {
          continue;
        }
        String oid = line.substring(0, bar);
        String earlier = first.putIfAbsent(oid, line);
        java.util.regex.Matcher m = hex12.matcher(line);
        if (earlier != null && !earlier.equals(line) && m.find()) {
          shadowed.add(colons(m.group(1)));
        } else {
          served.append(line.toUpperCase(Locale.ROOT)).append('\n');
        }
      }
    }
    String text = served.toString();
    shadowed.removeIf(mac -> text.contains(mac.replace(":", "").toUpperCase(Locale.ROOT)));
    return shadowed;
  }

  /** The distinct MACs of macs.csv, in {@code aa:bb:cc:dd:ee:ff} spelling. */
  static List<Truth> truth(Path macsCsv) throws IOException {
    Map<String, Truth> out = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(macsCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String mac = colons(rec.get("mac"));
        out.putIfAbsent(mac, new Truth(mac, rec.get("owner"), rec.get("expected")));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Endpoint rows per vendor and status, vendors by count. */
  static Map<String, Map<String, Integer>> perMaker(List<CSVRecord> endpointRows) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (CSVRecord r : endpointRows) {
      String vendor = r.get("vendor").isEmpty() ? "(no maker)" : r.get("vendor");
      out.computeIfAbsent(vendor, v -> new TreeMap<>()).merge(r.get("status"), 1, Integer::sum);
    }
    return out;
  }

  static boolean flagged(String status) {
    return status.equals("RESTRICTED") || status.equals("REVIEW");
  }

  static boolean notAnEndpoint(String mac) {
    long v = Long.parseLong(mac.replace(":", ""), 16);
    return v == 0 || ((v >>> 40) & 1) != 0;
  }

  static boolean locallyAdministered(String mac) {
    long v = Long.parseLong(mac.replace(":", ""), 16);
    return ((v >>> 40) & 2) != 0;
  }

  private static String colons(String hex12) {
    String h = hex12.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        b.append(':');
      }
      b.append(h, i, i + 2);
    }
    return b.toString();
  }

  private static InetAddress address(int i) throws IOException {
    int v = FIRST + (i / 250) * 256 + (i % 250);
    return InetAddress.getByAddress(
        new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
  }
}
