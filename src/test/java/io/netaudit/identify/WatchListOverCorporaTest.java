package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netaudit.policy.Policy;
import io.netaudit.report.AuditStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The watch list stays strict over every recording of the shared corpora (test input from {@code
 * ../shared/corpus}, never shipped; skipped when absent): no watched maker (vendors.csv {@code
 * watch=yes}) is identified, or named by definitive evidence, from one weak signal alone; and none
 * of the long-tail recordings ({@code librenms-more}, none made by a restricted or review maker)
 * gets a REVIEW or RESTRICTED verdict, for the device or any of its components.
 */
class WatchListOverCorporaTest {
  private static final Path CORPORA = Path.of("../shared/corpus");
  private static final VendorCatalogue CATALOGUE = Signals.CATALOGUE;
  private static final Identifier IDENTIFIER = new Identifier(CATALOGUE);

  /** Each recording is read once for both tests. */
  private static final Map<Path, Observations> READ = new ConcurrentHashMap<>();

  @Test
  void noWatchedMakerFromOneWeakSignal() throws IOException {
    List<Path> files = recordings("librenms", "librenms-more");
    assumeTrue(!files.isEmpty(), "shared corpora not present");
    List<String> bad = new ArrayList<>();
    for (Path f : files) {
      Identification id = identify(f);
      for (Vendor v : id.namedVendors()) {
        if (CATALOGUE.watched(v) && !strongEnough(id.evidence(), v)) {
          bad.add(f.getFileName() + " -> " + v.id() + " " + id.evidence());
        }
      }
    }
    System.out.printf("watch list: %d recordings checked%n", files.size());
    assertThat(bad).as("watched makers named from one weak signal").isEmpty();
  }

  @Test
  void noLongTailRecordingIsFlagged() throws Exception {
    List<Path> files = recordings("librenms-more");
    assumeTrue(!files.isEmpty(), "../shared/corpus/librenms-more not present");
    Policy policy = Policy.loadBundled();
    Set<AuditStatus> flags = EnumSet.of(AuditStatus.RESTRICTED, AuditStatus.REVIEW);
    List<String> flagged = new ArrayList<>();
    for (Path f : files) {
      Observations o = CorpusIdentificationTest.observations(f, IDENTIFIER.reads(), CATALOGUE);
      Identification id = IDENTIFIER.identify(o);
      if (flags.contains(policy.judge(id).status())) {
        flagged.add(f.getFileName() + ": " + policy.judge(id).reason());
      }
      for (ComponentIdentification c : IDENTIFIER.components(o, id.vendor())) {
        if (flags.contains(policy.judge(c.identification()).status())) {
          flagged.add(f.getFileName() + " component: " + c.identification().vendor());
        }
      }
    }
    assertThat(flagged).as("long-tail recordings flagged").isEmpty();
  }

  /** Definitive evidence, or weak evidence from two independent sources. */
  private static boolean strongEnough(List<Evidence> evidence, Vendor v) {
    Set<SignalSource> sources = EnumSet.noneOf(SignalSource.class);
    for (Evidence e : evidence) {
      if (e.vendor().equals(v)) {
        if (e.strength() == Strength.DEFINITIVE) {
          return true;
        }
        sources.add(e.source());
      }
    }
    return sources.size() >= 2;
  }

  private static Identification identify(Path f) throws IOException {
    return IDENTIFIER.identify(observations(f));
  }

  private static Observations observations(Path f) throws IOException {
    Observations o = READ.get(f);
    if (o == null) {
      o = CorpusIdentificationTest.observations(f, IDENTIFIER.reads(), CATALOGUE);
      READ.put(f, o);
    }
    return o;
  }

  private static List<Path> recordings(String... corpora) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String c : corpora) {
      Path dir = CORPORA.resolve(c);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".snmprec")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
