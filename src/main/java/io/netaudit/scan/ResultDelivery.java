package io.netaudit.scan;

import io.netaudit.snmp.ProbeResult;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands finished results to the caller's sink on one thread of its own, in the order they were
 * added: the sink never runs concurrently with itself and never blocks SNMP4J's receive or timer
 * threads, which finish most probes. Results are taken in batches, so a burst of timeouts costs one
 * wake-up, not one per target. A sink that throws gets nothing more; its exception is rethrown by
 * {@link #rethrowSinkFailure}.
 */
final class ResultDelivery {
  private static final ProbeResult END =
      ProbeResult.noResponse(InetAddress.getLoopbackAddress(), Instant.EPOCH, "end of sweep");
  private static final int BATCH = 4096;

  private final BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
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

  /** Queues one result; any thread may call it. */
  void add(ProbeResult result) {
    results.add(result);
  }

  /** Waits until everything added so far has been delivered, then ends the thread. */
  void finish() throws InterruptedException {
    results.add(END);
    thread.join();
  }

  /** After {@link #finish}: rethrows what the sink threw, if it did. */
  void rethrowSinkFailure() {
    RuntimeException failure = sinkFailure.get();
    if (failure != null) {
      throw failure;
    }
  }

  private void deliver() {
    List<ProbeResult> batch = new ArrayList<>(1024);
    while (true) {
      try {
        batch.add(results.take());
      } catch (InterruptedException e) {
        return;
      }
      results.drainTo(batch, BATCH);
      for (ProbeResult r : batch) {
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
      batch.clear();
    }
  }
}
