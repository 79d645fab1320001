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
    for (int i = 0; i < 10_000; i++) { // more than one batch
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
}
