package io.netaudit.scan;

import java.util.Locale;

/**
 * How many attempts an address that has not answered gets, decided from what the sweep has seen
 * ({@link RetryEvidence}), not from a constant. Pure: the same evidence always gives the same
 * answer, so the rules are unit-tested on numbers, and a sweep's summary can say what was decided.
 *
 * <p>Silent addresses are nearly all of a sweep (97 % of the lab's /16), and a retry to one of them
 * finds a device only when that device's reply was lost. So retries follow the loss: with an
 * estimated loss p, a device answering none of k attempts has probability p^k, and a silent address
 * gets the fewest attempts that bring that under {@link #MISS} (one in a thousand), at most {@code
 * retries + 1}. The estimate starts from a prior of 1 % worth 20 requests (a LAN loses far less, a
 * path to a remote site about that), so the first addresses of a sweep get one retry; it sharpens
 * with every request answered or lost by the devices already found (each answering device adds
 * several: its system group and inventory round), which arrive while the first silent addresses are
 * still waiting out their timeout, and some 200 clean requests (about 40 devices at inventory
 * depth) outweigh it.
 *
 * <p>SNMPv1-only agents answer no v2c request, so only a v1 attempt finds them; attempts alternate
 * v2c, v1, v2c, ... As long as the share of v1-only agents among the devices checked for it may be
 * above {@link #V1_ONLY_SHARE} (one in 500; prior 1 % worth 25 devices, outweighed by 100 devices
 * without one), every silent address gets its v1 attempt; below that, one address in {@link
 * #SENTINEL_EVERY} (spread by a hash of its place in the sweep, so no regular address plan hides
 * from it) still does, and a v1-only agent found there raises the share again for the addresses
 * that follow.
 *
 * <p>With {@code --retries N} given ({@code adaptive} false) every silent address gets exactly N +
 * 1 attempts, as before. Either way the credential-less SNMPv3 discovery goes with the first
 * attempt only, and with a later one only while the loss says the earlier discovery may have been
 * lost.
 *
 * @param adaptive decide from the evidence; false: exactly {@code retries} retries
 * @param retries the retries {@code --retries} forces, or the most the evidence can ask for
 */
record RetryPolicy(boolean adaptive, int retries) {
  /** The accepted chance of missing a device whose replies are lost at the estimated rate. */
  static final double MISS = 0.001;

  /** The loss prior: this many of {@link #PRIOR_REQUESTS} requests lost. */
  static final double PRIOR_LOST = 0.2;

  static final double PRIOR_REQUESTS = 20;

  /** Above this share of v1-only agents, every silent address is also asked in SNMPv1. */
  static final double V1_ONLY_SHARE = 1.0 / 500;

  static final double PRIOR_V1_ONLY = 0.25;
  static final double PRIOR_V1_CHECKED = 25;

  /** Below the share, one silent address in this many is still asked in SNMPv1. */
  static final int SENTINEL_EVERY = 16;

  RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
  }

  /** The estimated share of requests that go unanswered, prior included. */
  static double loss(RetryEvidence e) {
    return (e.lost() + PRIOR_LOST) / (e.requests() + PRIOR_REQUESTS);
  }

  /** The estimated share of v1-only agents among the devices checked for it, prior included. */
  static double v1OnlyShare(RetryEvidence e) {
    return (e.v1Only() + PRIOR_V1_ONLY) / (e.v1Checked() + PRIOR_V1_CHECKED);
  }

  /** Attempts a silent address gets for loss alone: 1 to retries + 1. */
  int attempts(RetryEvidence e) {
    return adaptive ? attemptsFor(loss(e)) : retries + 1;
  }

  /** The fewest attempts k (at most retries + 1) with loss^k at most {@link #MISS}. */
  int attemptsFor(double loss) {
    int k = 1;
    double miss = loss;
    while (miss > MISS && k < retries + 1) {
      k++;
      miss *= loss;
    }
    return k;
  }

  /**
   * Whether the address issued {@code sequence}-th (from 0) gets an SNMPv1 attempt even when loss
   * alone would not give it a second attempt.
   */
  boolean asksV1(RetryEvidence e, long sequence) {
    return !adaptive || v1OnlyShare(e) > V1_ONLY_SHARE || sentinel(sequence);
  }

  /**
   * Whether a silent address that has had {@code made} attempts gets another: while loss asks for
   * it, or when it is owed its SNMPv1 attempt ({@code v1Owed}: it asks v1 and has not yet).
   */
  boolean another(RetryEvidence e, int made, boolean v1Owed) {
    if (made >= retries + 1) {
      return false;
    }
    return made < attempts(e) || adaptive && v1Owed;
  }

  /**
   * Whether the SNMPv3 discovery goes with attempt {@code index} (from 0): the first always, a
   * later one while loss^index is above {@link #MISS} (the earlier ones may all have been lost).
   */
  boolean discoveryWith(RetryEvidence e, int index) {
    return index == 0 || index < attemptsFor(loss(e));
  }

  /**
   * One address in {@link #SENTINEL_EVERY}, picked by a fixed hash of its place in the sweep (a
   * step of 16 would miss a v1-only agent on every .1 of a /24 plan).
   */
  static boolean sentinel(long sequence) {
    long z = sequence + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return Math.floorMod(z, SENTINEL_EVERY) == 0;
  }

  /** What was decided, for the run's summary: "loss 0.4 %: 1 retry to silent addresses; ...". */
  String describe(RetryEvidence e) {
    if (!adaptive) {
      return String.format(
          Locale.ROOT,
          "%s to silent addresses (--retries %d); loss %s; %d sent",
          plural(retries, "retry", "retries"),
          retries,
          lossText(e),
          e.silentRetries());
    }
    int k = attempts(e);
    boolean v1Everywhere = v1OnlyShare(e) > V1_ONLY_SHARE;
    String v1 =
        k >= 2 || v1Everywhere
            ? "every silent address also asked in SNMPv1"
            : "SNMPv1 asked at 1 silent address in " + SENTINEL_EVERY;
    return String.format(
        Locale.ROOT,
        "loss %s: %s to silent addresses; %s (v1-only agents: %d of %d devices checked%s); "
            + "%d retries sent, %.2f attempts per answer",
        lossText(e),
        k == 1 ? "no retry" : plural(k - 1, "retry", "retries"),
        v1,
        e.v1Only(),
        e.v1Checked(),
        e.revived() == 0 ? "" : ", " + e.revived() + " held silent addresses then asked in v1",
        e.silentRetries(),
        e.attemptsPerAnswer());
  }

  private static String lossText(RetryEvidence e) {
    double measured = e.requests() == 0 ? 0 : 100.0 * e.lost() / e.requests();
    return String.format(
        Locale.ROOT, "%.1f %% (%d of %d requests unanswered)", measured, e.lost(), e.requests());
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
