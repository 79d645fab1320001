package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.snmp.ProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Results reach the sink on one thread, in order, all of them, and a failing sink is reported. */
class ResultDeliveryTest {
  private static ProbeResult result(int i) {
    return ProbeResult.noResponse(ip(62, i % 250 + 1), Instant.EPOCH, "#" + i);
  }

  @Test
  void everyResultArrivesInOrderOnOneThreadThatIsNotTheCallers() throws Exception {
    Set<Thread> threads = new HashSet<>();
    ResultDelivery delivery =
        new ResultDelivery(
            r -> {
              seen.add(r.detail());
              threads.add(Thread.currentThread());
            });
    delivery.start();
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      delivery.add(result(i));
      sent.add("#" + i);
    }
    delivery.finish();
    delivery.rethrowSinkFailure();
    assertThat(seen).isEqualTo(sent);
    assertThat(threads).hasSize(1).doesNotContain(Thread.currentThread());
  }

  @Test
  void aSinkThatThrowsGetsNothingMoreAndItsExceptionComesBack() throws Exception {
    ResultDelivery delivery =
        new ResultDelivery(
            r -> {
              seen.add(r.detail());
              if (r.detail().equals("#2")) {
                throw new IllegalStateException("disk full");
              }
            });
    delivery.start();
    for (int i = 0; i < 5; i++) {
      delivery.add(result(i));
    }
    delivery.finish();
    assertThat(seen).containsExactly("#0", "#1", "#2");
    assertThatThrownBy(delivery::rethrowSinkFailure).hasMessage("disk full");
  }

  /** What the sink got, from the delivering thread. */
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  /** Whether the sender is behind, as the tests set it. */
  private final AtomicBoolean behind = new AtomicBoolean(true);

  @Test
  void resultsWaitWhileTheSenderIsBehindAndAllComeAtTheEnd() throws Exception {
    ResultDelivery delivery = new ResultDelivery(r -> seen.add(r.detail()));
    delivery.start(behind::get);
    for (int i = 0; i < 100; i++) {
      delivery.add(result(i));
    }
    Thread.sleep(50); // many of the delivering thread's looks
    assertThat(seen).as("held while the sender is behind").isEmpty();
    delivery.finish(); // the sender is still behind, but the sweep is over
    assertThat(seen).hasSize(100).startsWith("#0", "#1").endsWith("#99");
  }

  @Test
  void resultsFlowAgainWhenTheSenderCatchesUp() throws Exception {
    ResultDelivery delivery = new ResultDelivery(r -> seen.add(r.detail()));
    delivery.start(behind::get);
    delivery.add(result(1));
    behind.set(false);
    awaitSize(seen, 1);
    assertThat(seen).containsExactly("#1");
    delivery.finish();
  }

  @Test
  void noMoreThanABoundedNumberIsHeld() throws Exception {
    ResultDelivery delivery = new ResultDelivery(r -> seen.add(r.detail()));
    delivery.start(() -> true); // a sender that never catches up
    for (int i = 0; i < ResultDelivery.HELD_AT_MOST + 10; i++) {
      delivery.add(result(i));
    }
    awaitSize(seen, 11);
    assertThat(seen).as("delivered down to the bound").hasSizeGreaterThanOrEqualTo(11);
    assertThat(seen.get(0)).isEqualTo("#0");
    delivery.finish();
    assertThat(seen).hasSize(ResultDelivery.HELD_AT_MOST + 10);
  }

  /** Waits (at most 10 s) until {@code seen} has {@code size} results. */
  private static void awaitSize(List<String> seen, int size) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (seen.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
  }
}
