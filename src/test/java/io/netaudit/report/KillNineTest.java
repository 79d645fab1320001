package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points of a report write, 60 times: the final name is always absent (nothing
 * published yet) or a complete report of one generation, never a truncated or mixed one. A real
 * child JVM (the test classpath), SIGKILL through Process.destroyForcibly, so no Java code of the
 * child runs after the signal. Every fourth kill waits until the child has published a report
 * first, so the test sees complete reports however slow the machine is.
 */
class KillNineTest {
  private static final int ITERATIONS = 60;

  @TempDir Path dir;

  @Test
  void theFinalNameIsNeverTruncated() throws Exception {
    Path report = dir.resolve("report.csv");
    Random random = new Random(Long.getLong("killnine.seed", System.nanoTime()));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Set<String> outcomes = new HashSet<>();
    int lastGeneration = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ReportWriterChild.class.getName(),
                  report.toString())
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("ready");
      if (i % 4 == 3) {
        // However slow the machine, some kills come after a complete report was published.
        assertThat(out.readLine()).startsWith("published");
      }
      Thread.sleep(random.nextInt(600));
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

      if (!Files.exists(report)) {
        assertThat(lastGeneration).as("once published, the report never disappears").isZero();
        outcomes.add("absent");
        continue;
      }
      lastGeneration = checkComplete(report);
      outcomes.add("complete");
    }
    assertThat(outcomes).contains("complete");
    try (var files = Files.list(dir)) {
      // Temp files of killed writes may stay (dot files; a scheduled run deletes them under its
      // lock).
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).allMatch(n -> n.equals("report.csv") || n.startsWith(".report.csv.tmp-"));
      assertThat(names)
          .as("some kills landed in the middle of a write")
          .anyMatch(n -> n.startsWith(".report.csv.tmp-"));
    }
  }

  /** The whole report parses, has every row, and all rows are of one generation; returns it. */
  private static int checkComplete(Path report) throws Exception {
    try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
      List<CSVRecord> rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(in)
              .getRecords();
      assertThat(rows).hasSize(ReportWriterChild.ROWS);
      String generation = rows.get(0).get("sys_name");
      assertThat(rows).allMatch(r -> r.get("sys_name").equals(generation));
      assertThat(rows.get(rows.size() - 1).get("address")).isEqualTo("10.0.78.31");
      assertThat(Files.readString(report)).endsWith("\r\n");
      return Integer.parseInt(generation.substring("gen-".length()));
    }
  }
}
