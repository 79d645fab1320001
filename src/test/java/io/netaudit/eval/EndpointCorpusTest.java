package io.netaudit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoints of the 240 LibreNMS switch and router recordings ({@code
 * ../shared/corpus/librenms-fdb}, or the folder named by {@code netaudit.fdbCorpus}), replayed by
 * in-process agents and scanned over UDP, against the corpus's {@code macs.csv}: skipped, with a
 * message, when the corpus is not there. The figures and the per-maker table are written by {@code
 * bench/endpoints-corpus.sh}.
 */
class EndpointCorpusTest {
  static final Path DEFAULT = Path.of("..", "shared", "corpus", "librenms-fdb");

  @TempDir Path work;

  @Test
  void everyMacOfTheCorpusIsInOneRowAndOnlyTheWatchedMakersAreFlagged() throws Exception {
    Path corpus = Path.of(System.getProperty("netaudit.fdbCorpus", DEFAULT.toString()));
    assumeTrue(
        Files.isRegularFile(corpus.resolve("macs.csv")),
        "no forwarding-table corpus at "
            + corpus.toAbsolutePath().normalize()
            + " (macs.csv and *.snmprec): endpoint corpus test skipped");

    EndpointCorpus.Result r = EndpointCorpus.run(corpus, work);
    System.out.println(EndpointCorpusReport.markdown(r, null));

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.found()).as("ground-truth MACs").hasSizeGreaterThan(18_000);
    assertThat(r.missing()).as("MACs of macs.csv in no row").isEmpty();
    assertThat(r.inTwoEndpointRows()).as("MACs in two endpoint rows").isEmpty();
    assertThat(r.watchedNotFlagged())
        .as("restricted-maker and H3C MACs that are not REVIEW/RESTRICTED")
        .isEmpty();
    assertThat(r.othersFlagged()).as("other MACs flagged REVIEW/RESTRICTED").isEmpty();
    assertThat(r.localWithMaker()).as("locally administered MACs given a maker").isEmpty();
  }

  /**
   * The benchmark ({@code bench/endpoints-corpus.sh}, {@code -Dnetaudit.fdbBench=ROUNDS}): the
   * corpus scanned with and without endpoints, alternating, ROUNDS times each; the median of each
   * and the last run's checks and per-maker table go to {@code target/endpoints-corpus.md}.
   */
  @Test
  void benchmark() throws Exception {
    int rounds = Integer.getInteger("netaudit.fdbBench", 0);
    Path corpus = Path.of(System.getProperty("netaudit.fdbCorpus", DEFAULT.toString()));
    assumeTrue(rounds > 0, "set -Dnetaudit.fdbBench=ROUNDS to run the endpoint benchmark");
    assumeTrue(Files.isRegularFile(corpus.resolve("macs.csv")), "no corpus at " + corpus);
    java.util.List<Long> with = new java.util.ArrayList<>();
    java.util.List<Long> without = new java.util.ArrayList<>();
    EndpointCorpus.Result last = null;
    EndpointCorpus.Result lastWithout = null;
    for (int i = 0; i < rounds; i++) {
      last = EndpointCorpus.run(corpus, work.resolve("with" + i));
      with.add(last.millis());
      lastWithout = EndpointCorpus.run(corpus, work.resolve("without" + i), "--no-endpoints");
      without.add(lastWithout.millis());
    }
    String md =
        EndpointCorpusReport.markdown(last, lastWithout)
            + "\nRuns with endpoints (ms): "
            + with
            + "; with --no-endpoints (ms): "
            + without
            + "; medians "
            + median(with)
            + " and "
            + median(without)
            + " ms: ratio "
            + String.format(java.util.Locale.ROOT, "%.2f", median(with) / (double) median(without))
            + "\n";
    Path out = Path.of("target", "endpoints-corpus.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md);
    System.out.println(md);
    assertThat(last.missing()).isEmpty();
  }

  private static long median(java.util.List<Long> values) {
    java.util.List<Long> sorted = new java.util.ArrayList<>(values);
    java.util.Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
