package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deterministic fault injection (reliability plan 5.2, L2-L4) over 200 raw responders on
 * 127.0.53.1-200: seeded loss with retries 0-3, replies near the timeout, duplicated and reordered
 * replies. Each device draws from its own seeded Random, so the run does not depend on how requests
 * from different devices interleave.
 */
@Timeout(60)
class FaultInjectionTest {
  private static final int DEVICES = 200;
  // Generous: the loss is the responder's, so a slow, shared CI machine must never look like loss.
  private static final long TIMEOUT_MS = 500;
  private static final long SEED = 20_240_601L;

  private static final List<InetAddress> TARGETS = new ArrayList<>();

  /** How every device behaves in the current sweep: address -> behaviour. */
  private static final AtomicReference<Function<InetAddress, Behavior>> MODE =
      new AtomicReference<>();

  private static final Map<String, byte[]> SYSTEM =
      RawResponder.system("lossy link", "1.3.6.1.4.1.9.1.1", "l");
  private static RawResponder net;

  @BeforeAll
  static void start() throws Exception {
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    for (int i = 1; i <= DEVICES; i++) {
      InetAddress a = SweepHarness.ip(53, i);
      TARGETS.add(a);
      behaviors.put(a, r -> MODE.get().apply(a).answer(r));
    }
    net = RawResponder.start(behaviors, 0);
  }

  @AfterAll
  static void stop() throws Exception {
    net.close();
  }

  /**
   * Each device gets its own Random, seeded from the sweep's seed and its address through a mixer
   * (java.util.Random's first draws are nearly equal for neighbouring seeds).
   */
  private static void mode(
      long seed, java.util.function.BiFunction<InetAddress, Random, Behavior> perDevice) {
    Map<InetAddress, Behavior> table = new ConcurrentHashMap<>();
    for (InetAddress a : TARGETS) {
      table.put(
          a,
          perDevice.apply(
              a,
              new Random(
                  new java.util.SplittableRandom(seed * 1_000_003L + (a.getAddress()[3] & 0xff))
                      .nextLong())));
    }
    MODE.set(table::get);
  }

  /** Drops each request with probability {@code loss}, answers the rest (v1 and v2c alike). */
  private static Behavior lossy(Random random, double loss) {
    return r -> {
      synchronized (random) {
        if (random.nextDouble() < loss) {
          return List.of();
        }
      }
      return List.of(Reply.of(RawResponder.answer(r, SYSTEM)));
    };
  }

  /** [lo, hi] holding at least 99% of Binomial(n, p): 0.5% cut from each tail. */
  static int[] binomial99(int n, double p) {
    double[] pmf = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      double log =
          logChoose(n, k)
              + (k == 0 ? 0 : k * Math.log(p))
              + (k == n ? 0 : (n - k) * Math.log1p(-p));
      pmf[k] = p == 0 ? (k == 0 ? 1 : 0) : Math.exp(log);
    }
    int lo = 0;
    double below = 0;
    while (lo < n && below + pmf[lo] <= 0.005) {
      below += pmf[lo++];
    }
    int hi = n;
    double above = 0;
    while (hi > 0 && above + pmf[hi] <= 0.005) {
      above += pmf[hi--];
    }
    return new int[] {lo, hi};
  }

  private static double logChoose(int n, int k) {
    double s = 0;
    for (int i = 1; i <= k; i++) {
      s += Math.log(n - k + i) - Math.log(i);
    }
    return s;
  }

  @Test
  void binomialIntervalIsRight() {
    assertThat(binomial99(200, 0.3)).containsExactly(44, 77);
    assertThat(binomial99(200, 0.01)[0]).isZero();
    assertThat(binomial99(10_000, 0.05)[0]).isBetween(440, 450);
  }

  @Test
  void missesUnderSeededLossStayInsideThe99PercentBinomialIntervalAndAreAllNoResponse()
      throws Exception {
    List<String> report = new ArrayList<>();
    for (double loss : new double[] {0.01, 0.05, 0.30}) {
      for (int retries = 0; retries <= 3; retries++) {
        long seed = SEED + retries * 31L + (long) (loss * 1000);
        mode(seed, (a, random) -> lossy(random, loss));
        SweepHarness.Outcome out =
            SweepHarness.sweep(SweepHarness.settings(net.port(), TIMEOUT_MS, retries), TARGETS);

        int misses = 0;
        for (ProbeResult p : out.results().values()) {
          assertThat(p.status())
              .as("a lost device is NO_RESPONSE, never anything else: %s", p.detail())
              .isIn(ProbeStatus.ANSWERED, ProbeStatus.NO_RESPONSE);
          if (p.status() == ProbeStatus.NO_RESPONSE) {
            misses++;
          } else {
            assertThat(p.system().descr().text()).isEqualTo("lossy link");
          }
        }
        double pMiss = Math.pow(loss, retries + 1);
        int[] interval = binomial99(DEVICES, pMiss);
        report.add(
            String.format(
                "loss %.2f retries %d: %d misses, 99%% interval [%d, %d]",
                loss, retries, misses, interval[0], interval[1]));
        assertThat(misses).as(report.get(report.size() - 1)).isBetween(interval[0], interval[1]);
        // a silent device costs exactly retries + 1 packets; an answering one at most one more
        // (the v2c confirmation after a v1 answer)
        assertThat(out.stats().packetsSent()).isLessThanOrEqualTo((long) DEVICES * (retries + 2));
      }
    }
    System.out.println(String.join("\n", report));
  }

  @Test
  void repliesNearTheTimeoutAreNeverDoubleRecorded() throws Exception {
    // delays uniform in 0.8-1.2 x timeout: about half the replies come too late
    mode(
        SEED + 7,
        (a, random) ->
            r -> {
              long delay;
              synchronized (random) {
                delay = (long) (TIMEOUT_MS * (0.8 + 0.4 * random.nextDouble()));
              }
              return List.of(Reply.of(RawResponder.answer(r, SYSTEM)).after(delay));
            });
    SweepHarness.Outcome out =
        SweepHarness.sweep(SweepHarness.settings(net.port(), TIMEOUT_MS, 1), TARGETS);
    long answered =
        out.results().values().stream().filter(p -> p.status() == ProbeStatus.ANSWERED).count();
    assertThat(out.results().values())
        .allSatisfy(
            p -> assertThat(p.status()).isIn(ProbeStatus.ANSWERED, ProbeStatus.NO_RESPONSE));
    assertThat(answered)
        .as("most devices answer one of their two attempts in time")
        .isGreaterThan(DEVICES / 2);
    assertThat(out.stats().unmatchedReplies())
        .as("late replies are counted as unmatched")
        .isPositive();
    assertThat(out.stats().matchedReplies()).isLessThanOrEqualTo(out.stats().packetsSent());
  }

  @Test
  void duplicatedAndReorderedRepliesGiveOneResultPerTarget() throws Exception {
    // every reply twice, each copy after its own random 0-40 ms: devices' replies cross each other
    mode(
        SEED + 11,
        (a, random) ->
            r -> {
              byte[] b = RawResponder.answer(r, SYSTEM);
              synchronized (random) {
                return List.of(
                    Reply.of(b).after(random.nextInt(40)), Reply.of(b).after(random.nextInt(40)));
              }
            });
    SweepHarness.Outcome out =
        SweepHarness.sweep(SweepHarness.settings(net.port(), 300, 1), TARGETS);
    assertThat(out.results().values())
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().text()).isEqualTo("lossy link");
            });
    assertThat(out.stats().matchedReplies()).isEqualTo(DEVICES);
    assertThat(out.stats().unmatchedReplies())
        .as("second copies are counted, not recorded")
        .isPositive();
  }
}
