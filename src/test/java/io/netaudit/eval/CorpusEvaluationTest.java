package io.netaudit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link CorpusEvaluation} over the folder named by the system property {@code
 * netaudit.corpus} (skipped when it is not set or not a folder) and writes {@code
 * target/accuracy.md}. It asserts nothing about the figures, which are reported, only that every
 * recording got exactly one row. Run it with {@code bench/corpus-eval.sh}.
 */
class CorpusEvaluationTest {
  @TempDir Path work;

  @Test
  void corpusAccuracy() throws Exception {
    String corpus = System.getProperty("netaudit.corpus", "");
    assumeTrue(
        !corpus.isBlank() && Files.isDirectory(Path.of(corpus)),
        "set -Dnetaudit.corpus=<folder with index.csv and *.snmprec> to run the corpus evaluation");

    CorpusEvaluation.Result result = CorpusEvaluation.run(Path.of(corpus), work);
    String md = result.markdown();
    Path report = Path.of("target", "accuracy.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, md, StandardCharsets.UTF_8);
    System.out.println(md);

    assertThat(result.outcomes()).as("recordings").isNotEmpty();
    assertThat(result.outcomes())
        .as(result.summary())
        .allSatisfy(o -> assertThat(o.rows()).as(o.recording().file() + " rows").isEqualTo(1));
    assertThat(result.extraRows()).as("rows for addresses that serve no recording").isZero();
  }
}
