package io.netaudit.eval;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.agent.Snmprec;
import io.netaudit.agent.SnmprecException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Serves snmpsim recordings at once, one in-process agent per recording on its own loopback address
 * (127.66.0.1 on), and scans them all over UDP with the real CLI ({@code netaudit scan
 * --all-targets}). Shared by the corpus evaluations; test-only.
 */
final class CorpusScan {
  private static final int FIRST_ADDRESS = (127 << 24) | (66 << 16) | 1; // 127.66.0.1

  /** One recording and the address it is served on ({@code loaded} is null when it failed). */
  record Served(String file, InetAddress address, Snmprec loaded, String loadError) {}

  /**
   * The report's rows by address (neighbour and endpoint rows left out: other devices), the CLI's
   * exit code, its summary (without the report path) and the wall time.
   */
  record Scan(Map<String, List<CSVRecord>> rows, int exitCode, String summary, long millis) {
    /** The rows of {@code address}, device row(s) first as the report sorts them. */
    List<CSVRecord> of(InetAddress address) {
      return rows.getOrDefault(address.getHostAddress(), List.of());
    }
  }

  private CorpusScan() {}

  /** Loads {@code files} of {@code corpus}, giving each the next loopback address. */
  static List<Served> load(Path corpus, List<String> files) throws IOException {
    List<Served> out = new ArrayList<>();
    int ip = FIRST_ADDRESS;
    for (String f : files) {
      while ((ip & 0xff) == 0 || (ip & 0xff) == 0xff) {
        ip++;
      }
      InetAddress address =
          InetAddress.getByAddress(
              new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip});
      ip++;
      Snmprec loaded = null;
      String error = null;
      try {
        loaded = Snmprec.read(corpus.resolve(f));
      } catch (SnmprecException e) {
        error = e.getMessage();
      }
      out.add(new Served(f, address, loaded, error));
    }
    return out;
  }

  /**
   * Serves every loaded recording and scans every address with the CLI.
   *
   * @param work a scratch folder for the target list and the CSV report
   * @param timeout the scan's {@code --timeout}
   * @param retries the scan's {@code --retries}
   */
  static Scan scan(List<Served> served, Path work, String timeout, int retries) throws IOException {
    List<SimulatedDevice> devices = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (Served s : served) {
      if (s.loaded() != null) {
        devices.add(new SimulatedDevice(s.address(), s.loaded().mib()));
      }
      list.append(s.address().getHostAddress()).append('\n');
    }
    Files.createDirectories(work);
    Path targets = work.resolve("targets.txt");
    Path csv = work.resolve("report.csv");
    Files.writeString(targets, list, StandardCharsets.US_ASCII);
    Files.deleteIfExists(csv);

    long start = System.nanoTime();
    int exit;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (SimulatedNetwork network = SimulatedNetwork.start(devices, 0)) {
      CliContext ctx =
          new CliContext(
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              new ByteArrayInputStream(new byte[0]),
              Map.of(),
              Clock.systemUTC());
      exit =
          Cli.run(
              ctx,
              "scan",
              "-p",
              Integer.toString(network.port()),
              "--all-targets",
              "-o",
              csv.toString(),
              "--timeout",
              timeout,
              "--retries",
              Integer.toString(retries),
              "--fail-on",
              "never",
              "-iL",
              targets.toString());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<String, List<CSVRecord>> rows = rowsByAddress(csv);
    // The report's temporary path is noise in a document.
    String summary =
        err.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.strip().startsWith("report: "))
            .collect(Collectors.joining("\n"))
            .strip();
    return new Scan(rows, exit, summary, millis);
  }

  /** The report's rows by address, neighbour and endpoint rows left out (other devices). */
  private static Map<String, List<CSVRecord>> rowsByAddress(Path csv) throws IOException {
    Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
    if (Files.isRegularFile(csv)) {
      try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        for (CSVRecord rec :
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
          // Endpoint rows are MACs from the recordings' forwarding and ARP tables, not recordings
          // (EndpointCorpusTest measures those).
          if (!rec.get("row_type").equals("neighbour") && !rec.get("row_type").equals("endpoint")) {
            rows.computeIfAbsent(rec.get("address"), a -> new ArrayList<>()).add(rec);
          }
        }
      }
    }
    return rows;
  }
}
