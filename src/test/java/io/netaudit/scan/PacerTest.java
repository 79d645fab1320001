package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket, on a ticker the test moves: no sleeping, no wall clock. */
class PacerTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final Ticker ticker = now::get;

  private int taken(Pacer pacer) {
    int n = 0;
    while (pacer.tryAcquire()) {
      n++;
    }
    return n;
  }

  @Test
  void startsWithOneTokenAndAccruesAtTheRate() {
    Pacer pacer = new Pacer(1000, ticker); // one token per millisecond
    assertThat(taken(pacer)).isEqualTo(1);
    now.addAndGet(999_999);
    assertThat(pacer.tryAcquire()).isFalse();
    assertThat(pacer.nanosUntilNextToken()).as("about 1 ns, rounded up").isBetween(1L, 2L);
    now.addAndGet(1);
    assertThat(taken(pacer)).isEqualTo(1);
    now.addAndGet(5_000_000);
    assertThat(taken(pacer)).isEqualTo(5);
  }

  @Test
  void anIdlePhaseBanksAtMostTenMillisecondsWorth() {
    Pacer pacer = new Pacer(100_000, ticker);
    taken(pacer);
    pacer.idle();
    now.addAndGet(60_000_000_000L); // a minute idle
    assertThat(taken(pacer)).as("100,000/s x 10 ms").isEqualTo(1000);
  }

  @Test
  void aBusySenderThatFellBehindCatchesUpAtMostATenthOfASecond() {
    Pacer pacer = new Pacer(100_000, ticker);
    taken(pacer);
    now.addAndGet(50_000_000); // 50 ms without a send, with work waiting (a collection)
    assertThat(taken(pacer)).as("100,000/s x 50 ms, all owed").isEqualTo(5000);
    now.addAndGet(60_000_000_000L); // a minute stalled
    assertThat(taken(pacer)).as("100,000/s x 100 ms").isEqualTo(10_000);
    pacer.idle();
    now.addAndGet(50_000_000);
    assertThat(taken(pacer)).as("after idling: 10 ms worth").isEqualTo(1000);
  }

  @Test
  void theFirstRefillIsAnIdleOne() {
    Pacer pacer = new Pacer(100_000, ticker);
    now.addAndGet(1_000_000_000L); // the sweep set up for a second before its first packet
    assertThat(taken(pacer)).isEqualTo(1000);
  }

  @Test
  void aSlowRateStillHoldsOneToken() {
    Pacer pacer = new Pacer(10, ticker);
    taken(pacer);
    now.addAndGet(10_000_000_000L);
    assertThat(taken(pacer)).isEqualTo(1);
  }

  @Test
  void acquireReturnsOnceTheTickerHasMoved() {
    // Each reading moves the ticker 0.4 ms on, as a waiting sender would see it.
    AtomicLong moving = new AtomicLong();
    Pacer pacer = new Pacer(1000, () -> moving.addAndGet(400_000));
    pacer.acquire();
    long before = moving.get();
    pacer.acquire();
    assertThat(moving.get() - before).as("about one token's time passed").isBetween(1L, 1_200_000L);
  }

  @Test
  void behindWhileTokensPileUpUntakenAndNotWhenIdleOrPaced() {
    Pacer pacer = new Pacer(1000, ticker); // behind: 8 tokens waiting (8 ms at this rate)
    assertThat(pacer.behind()).isFalse();
    now.addAndGet(10_000_000); // 10 ms: the bucket is full (10 tokens)
    assertThat(pacer.tryAcquire()).isTrue();
    assertThat(pacer.behind()).as("9 more were waiting").isTrue();
    assertThat(pacer.tryAcquire()).isTrue(); // 8 left
    assertThat(pacer.behind()).isTrue();
    assertThat(pacer.tryAcquire()).isTrue(); // 7 left
    assertThat(pacer.behind()).isFalse();
    now.addAndGet(10_000_000);
    pacer.tryAcquire();
    assertThat(pacer.behind()).isTrue();
    pacer.idle();
    assertThat(pacer.behind()).as("nothing to send").isFalse();
    taken(pacer);
    assertThat(pacer.behind()).as("waiting for a token: paced, not behind").isFalse();
  }
}
