package io.netaudit.scan;

import io.netaudit.snmp.ProbeResult;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Hands finished results to the caller's sink on one thread of its own, in the order they were
 * added: the sink never runs concurrently with itself and never blocks SNMP4J's receive or timer
 * threads, which finish most probes. Adding never wakes the delivering thread: it looks every
 * {@link #POLL_NANOS} and takes what came meanwhile. A wake-up per result (a futex call and a
 * context switch for each of a /16's 65,536 silent addresses, on the sending thread) cost the fast
 * sweep more than its sends; a millisecond of delay costs nothing.
 *
 * <p>While the sending thread is behind its rate, results wait (up to {@link #HELD_AT_MOST} of
 * them): judging them (identification, rows) takes the processor the sending needs, and the sweep
 * has idle stretches (waiting out timeouts) where they cost nothing. Measured on 2 cores: the
 * answers of a /16's 2,000 devices took half a core for the first second of a 100,000 packets/s
 * sweep, which then sent its first round in 1.0-1.5 s instead of 0.66 s. A sink that throws gets
 * nothing more; its exception is rethrown by {@link #rethrowSinkFailure}.
 */
final class ResultDelivery {
  private static final ProbeResult END =
      ProbeResult.noResponse(InetAddress.getLoopbackAddress(), Instant.EPOCH, "end of sweep");

  /** How long the delivering thread sleeps when there is nothing to deliver. */
  static final long POLL_NANOS = 1_000_000L;

  /** Results held at most while the sender is behind; then they are judged anyway. */
  static final int HELD_AT_MOST = 16_384;

  private final Queue<ProbeResult> results = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private volatile BooleanSupplier senderBehind = () -> false;

  /** Set by {@link #finish}: nothing is held any more. */
  private volatile boolean finishing;

  private final AtomicReference<RuntimeException> sinkFailure = new AtomicReference<>();
  private final Consumer<ProbeResult> sink;
  private final Thread thread;

  ResultDelivery(Consumer<ProbeResult> sink) {
    this.sink = sink;
    this.thread = new Thread(this::deliver, "netaudit-results");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** As {@link #start()}, holding results while {@code senderBehind} says so. */
  void start(BooleanSupplier senderBehind) {
    this.senderBehind = senderBehind;
    start();
  }

  /** Queues one result; any thread may call it. */
  void add(ProbeResult result) {
    queued.incrementAndGet();
    results.add(result);
  }

  /** Waits until everything added so far has been delivered, then ends the thread. */
  void finish() throws InterruptedException {
    finishing = true;
    add(END);
    LockSupport.unpark(thread);
    thread.join();
  }

  /** After {@link #finish}: rethrows what the sink threw, if it did. */
  void rethrowSinkFailure() {
    RuntimeException failure = sinkFailure.get();
    if (failure != null) {
      throw failure;
    }
  }

  private boolean holding() {
    return !finishing && senderBehind.getAsBoolean() && queued.get() < HELD_AT_MOST;
  }

  private void deliver() {
    while (true) {
      ProbeResult r = holding() ? null : results.poll();
      if (r != null) {
        queued.decrementAndGet();
      }
      if (r == null) {
        if (Thread.interrupted()) {
          return;
        }
        LockSupport.parkNanos(this, POLL_NANOS);
        continue;
      }
      if (r == END) {
        return;
      }
      if (sinkFailure.get() == null) {
        try {
          sink.accept(r);
        } catch (RuntimeException e) {
          sinkFailure.set(e);
        }
      }
    }
  }
}
