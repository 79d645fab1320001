// Identification cost of a sweep's answers: every (sysDescr, sysObjectID) of a netaudit CSV report
// identified in report order, three rounds in one JVM. Round 1 is what a sweep pays (cold code,
// every distinct text matched against the rules, Recog fingerprints and maker names for the first
// time); rounds 2-3 are the texts seen before. Usage, after ./mvnw -q package -DskipTests:
//   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/netaudit.jar bench/IdentifyBench.java REPORT.csv
// (REPORT.csv: e.g. the fast sweep's report of the /16 lab, 2,000 devices with 276 distinct texts.)
import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

public class IdentifyBench {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Identifier identifier = new Identifier(VendorCatalogue.loadBundled());
    long t1 = System.nanoTime();
    List<String[]> devices = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        if (!r.get("sys_descr").isEmpty() || !r.get("sys_object_id").isEmpty()) {
          devices.add(new String[] {r.get("sys_descr"), r.get("sys_object_id")});
        }
      }
    }
    HashSet<String> distinct = new HashSet<>();
    devices.forEach(d -> distinct.add(d[0] + "\n" + d[1]));
    System.out.printf(
        "catalogue and identifier %.0f ms; %d devices, %d distinct texts%n",
        (t1 - t0) / 1e6, devices.size(), distinct.size());
    for (int round = 1; round <= 3; round++) {
      long s = System.nanoTime();
      int named = 0;
      for (String[] d : devices) {
        if (identifier.identify(d[0], d[1]).vendor().isPresent()) {
          named++;
        }
      }
      System.out.printf(
          "round %d: %.0f ms (%d named)%n", round, (System.nanoTime() - s) / 1e6, named);
    }
  }
}
