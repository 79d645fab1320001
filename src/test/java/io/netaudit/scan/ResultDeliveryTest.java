package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.snmp.ProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Results reach the sink on one thread, in order, all of them, and a failing sink is reported. */
class ResultDeliveryTest {
  private static ProbeResult result(int i) {
    return ProbeResult.noResponse(ip(62, i % 250 + 1), Instant.EPOCH, "#" + i);
  }

  @Test
  void everyResultArrivesInOrderOnOneThreadThatIsNotTheCallers() throws Exception {
    List<String> seen = new ArrayList<>();
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
    List<String> seen = new ArrayList<>();
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

  @Test
  void resultsWaitWhileTheSenderIsBehindAndAllComeAtTheEnd() throws Exception {
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean behind =
        new java.util.concurrent.atomic.AtomicBoolean(true);
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
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean behind =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    ResultDelivery delivery = new ResultDelivery(r -> seen.add(r.detail()));
    delivery.start(behind::get);
    delivery.add(result(1));
    behind.set(false);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (seen.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(seen).containsExactly("#1");
    delivery.finish();
  }

  @Test
  void noMoreThanABoundedNumberIsHeld() throws Exception {
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    ResultDelivery delivery = new ResultDelivery(r -> seen.add(r.detail()));
    delivery.start(() -> true); // a sender that never catches up
    for (int i = 0; i < ResultDelivery.HELD_AT_MOST + 10; i++) {
      delivery.add(result(i));
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (seen.size() < 11 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(seen).as("delivered down to the bound").hasSizeGreaterThanOrEqualTo(11);
    assertThat(seen.get(0)).isEqualTo("#0");
    delivery.finish();
    assertThat(seen).hasSize(ResultDelivery.HELD_AT_MOST + 10);
  }
}
