package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the malformed-reply corpus (reliability plan 5.3) (a) straight at the reply watch's
 * decoder and (b) over UDP through the real sweep engine, where each entry answers every GET sent
 * to its own 127.0.52.x address.
 */
class MalformedCorpusTest {
  static List<MalformedCorpus.Entry> corpus() {
    return MalformedCorpus.load();
  }

  @Test
  void corpusCoversEveryGroupOfThePlan() {
    List<String> names = corpus().stream().map(MalformedCorpus.Entry::name).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(30);
    for (String prefix : List.of("L", "I", "O", "P", "S")) {
      assertThat(names).anyMatch(n -> n.startsWith(prefix));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(5)
  void decoderGivesTheExpectedVerdictAndNeverThrows(MalformedCorpus.Entry e) {
    for (int version : new int[] {0, 1}) {
      byte[] bytes = e.bytes(0x01020304, version);
      String[] problem = new String[1];
      assertThatCode(() -> problem[0] = ReplyWatch.problemWith(ByteBuffer.wrap(bytes)))
          .doesNotThrowAnyException();
      if (e.decode().equals("ok")) {
        assertThat(problem[0]).as(e.title()).isNull();
      } else {
        assertThat(problem[0]).as(e.title()).isNotBlank();
      }
      // never reads past what it was given, whatever the declared lengths
      ByteBuffer slice = ByteBuffer.wrap(bytes, 0, Math.max(0, bytes.length - 1)).slice();
      assertThatCode(() -> ReplyWatch.problemWith(slice)).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(20)
  void overUdpEveryTargetEndsInOneConsistentStateAndOthersAreUnaffected() throws Exception {
    List<MalformedCorpus.Entry> entries =
        corpus().stream().filter(MalformedCorpus.Entry::fitsUdp).toList();
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    List<InetAddress> targets = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      MalformedCorpus.Entry e = entries.get(i);
      InetAddress a = SweepHarness.ip(52, i + 1);
      behaviors.put(a, r -> List.of(Reply.of(e.bytes(r.requestId(), r.version()))));
      targets.add(a);
    }
    // a healthy neighbour after the corpus and a silent one: both must be unaffected
    InetAddress healthy = SweepHarness.ip(52, 200);
    InetAddress silent = SweepHarness.ip(52, 201);
    behaviors.put(
        healthy, RawResponder.agent(RawResponder.system("fine", "1.3.6.1.4.1.9.1.1", "n")));
    behaviors.put(silent, Behavior.SILENT);
    targets.add(healthy);
    targets.add(silent);

    try (RawResponder net = RawResponder.start(behaviors, 0)) {
      SweepHarness.Outcome out =
          SweepHarness.sweep(SweepHarness.settings(net.port(), 150, 1), targets);

      SoftAssertions soft = new SoftAssertions();
      long expectUnmatched = 0;
      for (int i = 0; i < entries.size(); i++) {
        MalformedCorpus.Entry e = entries.get(i);
        ProbeResult p = out.get(targets.get(i));
        soft.assertThat(p.status())
            .as("%s: %s (detail: %s)", e.name(), e.title(), p.detail())
            .isEqualTo(ProbeStatus.valueOf(e.sweep()));
        if (e.decode().equals("undecodable")) {
          soft.assertThat(p.status())
              .as("%s: undecodable from the asked address is ERROR", e.name())
              .isEqualTo(ProbeStatus.ERROR);
        }
        if (p.status() == ProbeStatus.NO_RESPONSE && e.decode().equals("ok")) {
          expectUnmatched += 1;
        }
      }
      soft.assertAll();
      assertThat(out.get(healthy).status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(out.get(silent).status()).isEqualTo(ProbeStatus.NO_RESPONSE);
      assertThat(out.stats().unmatchedReplies())
          .as("decodable replies nobody asked for are counted")
          .isGreaterThanOrEqualTo(expectUnmatched);
      assertThat(out.stats().undecodableReplies()).isPositive();
    }
  }
}
