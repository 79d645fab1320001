import io.netaudit.report.*;
import java.io.*;
import java.net.InetAddress;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

/**
 * Write speed and size of the flat report formats (CSV, JSON Lines v1 and v2) for N silent rows
 * (what --all-targets adds per silent address) and N/10 answered rows. Run from the repository
 * root after a build: java -cp target/netaudit.jar bench/ReportFormatsBench.java 1000000
 * (writes to a temp directory; best of 3 per format; docs/benchmarks.md has the figures).
 */
public class ReportFormatsBench {
  public static void main(String[] a) throws Exception {
    int n = a.length > 0 ? Integer.parseInt(a[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("netaudit-formats-bench");
    List<ReportRow> silent = new ArrayList<>(n);
    List<ReportRow> answered = new ArrayList<>(n / 10);
    Instant t = Instant.parse("2026-12-02T01:00:00.123Z");
    for (int i = 0; i < n; i++) {
      InetAddress ip =
          InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i});
      silent.add(ReportRow.builder(ip, AuditStatus.NO_RESPONSE).polledAt(t).detail("no reply").build());
      if (i % 10 == 0) {
        answered.add(
            ReportRow.builder(ip, AuditStatus.RESTRICTED)
            .vendor("Huawei Technologies")
            .advisories(List.of("US-NDAA-889", "US-FCC-CL-2021", "CZ-NUKIB-2018"))
            .confidence("high")
            .evidence(
                List.of(
                    EvidenceItem.signal(
                        "sys_object_id",
                        "definitive",
                        "sysObjectID \"1.3.6.1.4.1.2011.2.23.421\": enterprise 2011 = Huawei"),
                    EvidenceItem.verdict("Huawei is restricted by US-NDAA-889, US-FCC-CL-2021")))
            .sysDescr("S5720-28X-SI-AC\r\nHuawei Versatile Routing Platform Software\r\nVRP 5.170")
            .sysObjectId("1.3.6.1.4.1.2011.2.23.421")
            .enterpriseNumber(2011L)
            .sysName("core-sw-01")
            .sysLocation("DC1 row A")
            .snmpVersion("2c")
            .polledAt(t)
            .sysContact("noc@example.net")
            .sysUptime(8641000L)
            .credential("default")
            .build());
      }
    }
    RunFacts facts =
        new RunFacts(Map.of(), n, "1 s", Map.of(), Map.of(), "2026-12-02T01:00:01Z", "0.1.0");
    for (String set : List.of("silent", "answered")) {
      List<ReportRow> rows = set.equals("silent") ? silent : answered;
      ReportContent c =
          new ReportContent(ReportRows.of(rows), ReportRows.of(List.of()), new RawHex(), facts);
      for (ReportFormat f : List.of(ReportFormat.CSV, ReportFormat.JSONL1, ReportFormat.JSONL)) {
        Path out = dir.resolve("out." + f.extension());
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
          long t0 = System.nanoTime();
          f.writer(OutputStream.nullOutputStream()).write(out.toString(), c);
          best = Math.min(best, System.nanoTime() - t0);
        }
        long bytes = Files.size(out);
        System.out.printf(
            Locale.ROOT,
            "%-8s %-7s rows=%d  %.2f s  %.0f rows/s  %d bytes/row%n",
            set, f.formatName(), rows.size(), best / 1e9, rows.size() / (best / 1e9),
            bytes / rows.size());
        Files.delete(out);
      }
    }
    Files.delete(dir);
  }
}
