package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a sweep talks to the network. The bounded options are defined here once ({@link ScanOption}:
 * key, default, range, message), and the command line and configuration files use the same
 * definitions; the constructor checks every range.
 *
 * <p>A new scan option: its component and definition here (listed in {@link #OPTIONS}, read in
 * {@link Builder#build}), its {@code @Option} field and one line in {@code cli/SnmpOptions}, and
 * its consumer; then its README row and its line in {@code config/netaudit.conf.example} (a test
 * checks every key is there). Its default, range check and messages for flags and configuration
 * files follow from the definition.
 *
 * @param port UDP port of the agents
 * @param timeout wait for one reply before the next attempt
 * @param retries further attempts after the first one, per community: exactly that many with {@code
 *     adaptiveRetries} off, at most that many to a silent address with it on
 * @param ratePerSecond packets per second, retries included (token bucket)
 * @param window targets in progress at once; each has at most one request in flight, so this is
 *     also the bound on requests in flight. Silent addresses hold their slot for the whole timeout,
 *     so a fast sweep needs a window of about rate x timeout ({@link #defaultWindow}).
 * @param credentials profiles (communities, SNMPv3 users) tried in order per target until one works
 * @param plan what the inventory round reads from responders ({@link InventoryPlan#NONE} = system
 *     group only)
 * @param engineIdProbe also send the credential-less SNMPv3 discovery with the first attempts
 * @param adaptiveRetries retries to silent addresses follow the loss the sweep measures ({@link
 *     RetryPolicy}); off when {@code --retries} was given
 */
public record SweepSettings(
    int port,
    Duration timeout,
    int retries,
    double ratePerSecond,
    int window,
    List<? extends Credential> credentials,
    InventoryPlan plan,
    boolean engineIdProbe,
    boolean adaptiveRetries) {

  public static final ScanOption<Integer> PORT = ScanOption.ints("port", 161, 1, 65535);

  /** At most 10 minutes: a longer wait is a typo, and would hold a stop signal that long. */
  public static final ScanOption<Duration> TIMEOUT =
      ScanOption.durations(
          "timeout", Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMinutes(10));

  /**
   * Given, it forces that many retries; not given, retries follow the measured loss, at most the
   * default.
   */
  public static final ScanOption<Integer> RETRIES = ScanOption.ints("retries", 3, 0, 10);

  public static final ScanOption<Double> RATE =
      ScanOption.decimals("rate", 5000.0, 1, 1_000_000, "packets/s");

  /** No fixed default: {@link #defaultWindow} derives it from the rate and the timeout. */
  public static final ScanOption<Integer> WINDOW = ScanOption.ints("window", null, 1, 1_000_000);

  /** Every bounded option above. */
  public static final List<ScanOption<?>> OPTIONS = List.of(PORT, TIMEOUT, RETRIES, RATE, WINDOW);

  public SweepSettings {
    PORT.require(port);
    TIMEOUT.require(Objects.requireNonNull(timeout, "timeout"));
    RETRIES.require(retries);
    RATE.require(ratePerSecond);
    WINDOW.require(window);
    credentials = List.<Credential>copyOf(credentials);
    Objects.requireNonNull(plan, "plan");
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("at least one credential profile is needed");
    }
  }

  /** Exactly {@code retries} retries to every silent address ({@code adaptiveRetries} off). */
  public SweepSettings(
      int port,
      Duration timeout,
      int retries,
      double ratePerSecond,
      int window,
      List<? extends Credential> credentials,
      InventoryPlan plan,
      boolean engineIdProbe) {
    this(port, timeout, retries, ratePerSecond, window, credentials, plan, engineIdProbe, false);
  }

  /**
   * The window that keeps the pacer busy: silent addresses hold a slot for a whole timeout, so rate
   * x timeout slots (with a margin), at least 256 and at most 65,536.
   */
  public static int defaultWindow(double ratePerSecond, Duration timeout) {
    double needed = ratePerSecond * timeout.toMillis() / 1000.0 * 1.25;
    return (int) Math.max(256, Math.min(65_536, Math.ceil(needed)));
  }

  /** These settings with other credential profiles. */
  public SweepSettings withCredentials(List<? extends Credential> profiles) {
    return new SweepSettings(
        port,
        timeout,
        retries,
        ratePerSecond,
        window,
        profiles,
        plan,
        engineIdProbe,
        adaptiveRetries);
  }

  /** Settings from the defaults, for the credentials given; set what differs. */
  public static Builder builder(List<? extends Credential> credentials) {
    return new Builder(credentials);
  }

  /**
   * Starts from each bounded option's default; the window, unless set, follows from the rate and
   * timeout; retries, unless set, follow the measured loss (at most the default). Without a plan,
   * only the system group is read; the engine-ID probe is on, as on the command line.
   */
  public static final class Builder {
    private final List<? extends Credential> credentials;
    private final Map<ScanOption<?>, Object> values = new HashMap<>();
    private InventoryPlan plan = InventoryPlan.NONE;
    private boolean engineIdProbe = true;

    private Builder(List<? extends Credential> credentials) {
      this.credentials = credentials;
    }

    /** Sets one of the bounded options ({@link #OPTIONS}); null returns it to its default. */
    public <T extends Comparable<? super T>> Builder set(ScanOption<T> option, T value) {
      values.put(option, value);
      return this;
    }

    public Builder plan(InventoryPlan plan) {
      this.plan = plan;
      return this;
    }

    public Builder engineIdProbe(boolean on) {
      this.engineIdProbe = on;
      return this;
    }

    private <T extends Comparable<? super T>> T get(ScanOption<T> option) {
      @SuppressWarnings("unchecked") // set() only stores a T under a ScanOption<T>
      T value = (T) values.get(option);
      return value != null ? value : option.defaultValue();
    }

    /** The settings; an IllegalArgumentException names the first option out of range. */
    public SweepSettings build() {
      double rate = get(RATE);
      Duration timeout = get(TIMEOUT);
      Integer window = get(WINDOW);
      return new SweepSettings(
          get(PORT),
          timeout,
          get(RETRIES),
          rate,
          window != null ? window : defaultWindow(rate, timeout),
          credentials,
          plan,
          engineIdProbe,
          values.get(RETRIES) == null);
    }
  }
}
