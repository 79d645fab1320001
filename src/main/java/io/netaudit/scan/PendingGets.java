package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.PDU;

/**
 * The fast-path GETs in flight, and the rule that attributes a reply to one of them: the request
 * id, the source address, the PDU type (a RESPONSE), the version and the community must all agree.
 * A reply that fails any of them is left to the caller to count as unmatched, never attributed.
 *
 * <p>Deadlines: every fast-path GET has the same timeout, so send order is deadline order and a
 * FIFO is the whole timer queue. {@link #add} and {@link #expire} run on the sending thread, {@link
 * #match} on the receive thread; removal from the map decides which of the two gets a request.
 */
final class PendingGets {
  private static final Logger LOG = LoggerFactory.getLogger(PendingGets.class);

  /** The most entries the map is sized for up front (a window may be up to a million). */
  private static final int MAX_PRESIZED = 1 << 17;

  private final Ticker ticker;
  private final long timeoutNanos;

  /**
   * Request ids to their GET; the receive thread and the sender race to remove. Sized for the
   * window up front: grown from 16 entries, a /16's first round resized it 13 times on the sending
   * thread.
   */
  private final ConcurrentHashMap<Integer, Pending> byId;

  /** The same objects in send order; only the sending thread touches it. */
  private final ArrayDeque<Pending> deadlines = new ArrayDeque<>();

  /**
   * A GET in flight. Identity matters: the map and the deadline queue hold the same object, and
   * removing it from the map is what claims it.
   */
  static final class Pending {
    final int id;
    final InFlight inFlight;
    final byte[] community;
    final long deadline;

    Pending(int id, InFlight inFlight, byte[] community, long deadline) {
      this.id = id;
      this.inFlight = inFlight;
      this.community = community;
      this.deadline = deadline;
    }
  }

  /**
   * @param expected how many GETs are about to be in flight at once (the sweep's window); a hint
   */
  PendingGets(Ticker ticker, long timeoutNanos, int expected) {
    this.ticker = ticker;
    this.timeoutNanos = timeoutNanos;
    this.byId = new ConcurrentHashMap<>(Math.min(Math.max(expected, 16), MAX_PRESIZED));
  }

  /**
   * Registers a GET before it is sent, so that even an immediate reply finds it; its deadline is
   * one timeout from now.
   */
  Pending add(int id, InFlight inFlight, byte[] community) {
    Pending p = new Pending(id, inFlight, community, ticker.nanos() + timeoutNanos);
    byId.put(id, p);
    deadlines.add(p);
    return p;
  }

  /** Withdraws a GET whose send failed; false when a reply claimed it first. */
  boolean cancel(Pending p) {
    return byId.remove(p.id, p);
  }

  /**
   * The request this reply answers, claimed (no second reply or timeout gets it); null when the
   * reply is late, a duplicate, for another address, version or community, or one of SNMP4J's own
   * requests (SNMP4J matches those itself).
   *
   * @param version the message's version field (0 = v1, 1 = v2c)
   */
  InFlight match(InetAddress source, int version, byte[] community, PDU pdu) {
    Pending p = byId.get(pdu.getRequestID().getValue());
    if (p == null) {
      return null;
    }
    InetAddress asked = p.inFlight.probe().address();
    if (!asked.equals(source)
        || pdu.getType() != PDU.RESPONSE
        || version != wireVersion(p.inFlight.request().version())
        || !Arrays.equals(community, p.community)) {
      // A reply to a request we did send, but from another address or with another version or
      // community: named with -v, since it is either a misconfigured agent or someone guessing.
      LOG.info(
          "ignored a reply from {} to the request sent to {}: {}",
          source.getHostAddress(),
          asked.getHostAddress(),
          !asked.equals(source) ? "another source address" : "wrong version or community");
      return null;
    }
    return byId.remove(p.id, p) ? p.inFlight : null;
  }

  /** The version field of a v1 (0) or v2c (1) message. */
  private static int wireVersion(SnmpVersion v) {
    return v == SnmpVersion.V1 ? 0 : 1;
  }

  /** Hands every GET whose deadline has passed to {@code timedOut}, claimed, in send order. */
  void expire(Consumer<InFlight> timedOut) {
    long now = ticker.nanos();
    Pending head;
    while ((head = deadlines.peek()) != null && head.deadline - now <= 0) {
      deadlines.poll();
      if (byId.remove(head.id, head)) {
        timedOut.accept(head.inFlight);
      }
    }
  }

  /** Nanoseconds from now to the earliest deadline; {@code max} when none is sooner. */
  long nanosToNextDeadline(long max) {
    Pending head = deadlines.peek();
    return head == null ? max : Math.min(max, head.deadline - ticker.nanos());
  }
}
