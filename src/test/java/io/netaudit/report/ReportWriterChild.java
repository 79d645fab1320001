package io.netaudit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link KillNineTest}: writes a big CSV report to {@code args[0]} again and
 * again, each generation complete in itself (ROWS rows, every sys_name naming the generation),
 * until it is killed; prints "ready" first and "published N" after each generation.
 */
public final class ReportWriterChild {
  static final int ROWS = 20_000;

  private ReportWriterChild() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    CsvReportWriter writer = new CsvReportWriter(System.out);
    System.out.println("ready");
    System.out.flush();
    for (int gen = 1; ; gen++) {
      List<ReportRow> rows = new ArrayList<>(ROWS);
      for (int i = 0; i < ROWS; i++) {
        String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
        rows.add(
            TestRows.withSysName(
                TestRows.row(
                    address,
                    "COMPLIANT",
                    "Cisco Systems",
                    "Cisco IOS Software, C2960X Software, Version 15.2(7)E4, a long enough description "
                        + i),
                "gen-" + gen));
      }
      writer.write(target.toString(), rows);
      System.out.println("published " + gen);
      System.out.flush();
    }
  }
}
