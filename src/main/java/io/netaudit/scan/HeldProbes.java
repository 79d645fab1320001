package io.netaudit.scan;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Silent addresses whose rounds are over but whose NO_RESPONSE is not yet final: with adaptive
 * retries most silent addresses get one attempt, so their results wait here a while, outside the
 * window (they hold no request and no slot), in case asking again becomes worth it:
 *
 * <ul>
 *   <li>a v1-only agent turns up (a sentinel address asked in SNMPv1 found one): every held address
 *       not yet asked in SNMPv1 is <em>revived</em> with its v1 attempt, so a fleet of v1-only
 *       agents (cameras configured alike) is found from the first one a sentinel hits; a probe
 *       still in flight at that moment is revived when it joins;
 *   <li>its hold ends: it is <em>released</em>, and takes the slow agent's chance if late replies
 *       came from it meanwhile, or its v1 attempt if its SNMP engine answered the discovery.
 * </ul>
 *
 * A hold lasts at least {@code minimum} (three timeouts: a reply up to four timeouts late still
 * arrives, and a sentinel issued up to two timeouts later has had time to find a v1-only agent);
 * while targets remain it goes on until {@code capacity} later addresses have joined (about 6 s at
 * the default rate), once none remains until nothing else is in flight (no probe left that could
 * still find a v1-only agent). Past {@link #HARD_LIMIT} held, the oldest is released whatever its
 * time, so memory stays bounded at any rate. Probes join from any thread ({@link #add}); everything
 * else runs on the sending thread.
 */
final class HeldProbes {
  /** Held while targets remain: about 6 s of a sweep at the default rate. */
  static final int CAPACITY = 16_384;

  /** Held at most, at any rate (a held probe is a few hundred bytes). */
  static final int HARD_LIMIT = 65_536;

  /** The shortest hold, in timeouts. */
  static final int MINIMUM_TIMEOUTS = 3;

  private record Held(DeviceProbe probe, long since) {}

  private final ConcurrentLinkedQueue<DeviceProbe> arriving = new ConcurrentLinkedQueue<>();
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private final Ticker ticker;
  private final long minimumNanos;
  private final int capacity;
  private long v1OnlySeen;

  HeldProbes(Ticker ticker, long minimumNanos, int capacity) {
    this.ticker = ticker;
    this.minimumNanos = minimumNanos;
    this.capacity = capacity;
  }

  /** A silent probe's round is over; any thread. */
  void add(DeviceProbe probe) {
    arriving.add(probe);
  }

  /**
   * Takes in the arrivals, revives the held probes not yet asked in SNMPv1 if more v1-only agents
   * have been found than at the last call, and releases the holds that are over.
   *
   * @param v1OnlyFound v1-only agents found so far
   * @param targetsLeft whether targets remain to be issued
   * @param quiet whether no probe is in flight
   */
  void poll(
      long v1OnlyFound,
      boolean targetsLeft,
      boolean quiet,
      Consumer<DeviceProbe> revive,
      Consumer<DeviceProbe> release) {
    long now = ticker.nanos();
    if (v1OnlyFound > v1OnlySeen) {
      v1OnlySeen = v1OnlyFound;
      long seen = v1OnlySeen;
      // Those already asked in v1 keep their place (revive hands a probe on, never back here).
      held.removeIf(
          h -> {
            boolean revived = h.probe().revivable(seen);
            if (revived) {
              revive.accept(h.probe());
            }
            return revived;
          });
    }
    DeviceProbe p;
    while ((p = arriving.poll()) != null) {
      // One still in flight when the v1-only agent turned up missed that revival: revived now.
      if (p.revivable(v1OnlySeen)) {
        revive.accept(p);
      } else {
        held.add(new Held(p, now));
      }
    }
    while (held.size() > HARD_LIMIT) {
      release.accept(held.poll().probe());
    }
    Held head;
    while ((head = held.peek()) != null
        && now - head.since() >= minimumNanos
        && (targetsLeft ? held.size() > capacity : quiet)) {
      held.poll();
      release.accept(head.probe());
    }
  }

  /** Nothing held or arriving. */
  boolean isEmpty() {
    return held.isEmpty() && arriving.isEmpty();
  }

  int size() {
    return held.size();
  }

  /**
   * Nanoseconds until the oldest hold has lasted its minimum; {@code max} when sooner, or when it
   * has (then its release waits for the others in flight, whose ends wake the sender).
   */
  long nanosToNextRelease(long max) {
    Held head = held.peek();
    if (head == null) {
      return max;
    }
    long left = head.since() + minimumNanos - ticker.nanos();
    return left <= 0 ? max : Math.min(max, left);
  }
}
