package io.netaudit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link LongTailEvaluation} over the folder named by the system property {@code
 * netaudit.longtail} (skipped when it is not set or not a folder) and writes {@code
 * target/longtail-accuracy.md} and a copy of the report, {@code target/longtail-report.csv}. Run it
 * with {@code bench/longtail-eval.sh}.
 */
class LongTailEvaluationTest {
  @TempDir Path work;

  @Test
  void longTailAccuracy() throws Exception {
    String corpus = System.getProperty("netaudit.longtail", "");
    assumeTrue(
        !corpus.isBlank() && Files.isDirectory(Path.of(corpus)),
        "set -Dnetaudit.longtail=<folder with LibreNMS's index.csv and *.snmprec>");

    LongTailEvaluation.Result result = LongTailEvaluation.run(Path.of(corpus), work);
    String md = result.markdown();
    Path report = Path.of("target", "longtail-accuracy.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, md, StandardCharsets.UTF_8);
    // The report itself, for reading the evidence of each row.
    Files.copy(
        work.resolve("report.csv"),
        Path.of("target", "longtail-report.csv"),
        StandardCopyOption.REPLACE_EXISTING);
    System.out.println(md);

    assertThat(result.outcomes()).as("recordings").isNotEmpty();
    assertThat(result.outcomes())
        .allSatisfy(o -> assertThat(o.rows()).as(o.entry().file() + " rows").isEqualTo(1));
    assertThat(result.extraRows()).as("rows for addresses that serve no recording").isZero();
  }
}
