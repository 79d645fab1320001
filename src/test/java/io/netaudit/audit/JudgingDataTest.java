package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.policy.Policy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identifier and policy of a run: ready, or made once by whichever thread asks first. */
class JudgingDataTest {
  private static Identifier identifier;
  private static Policy policy;

  @BeforeAll
  static void loadBundled() throws Exception {
    identifier = new Identifier(VendorCatalogue.loadBundled());
    policy = Policy.loadBundled();
  }

  @Test
  void readyDataIsWhatWasGiven() {
    JudgingData data = JudgingData.of(identifier, policy);

    assertThat(data.identifier()).isSameAs(identifier);
    assertThat(data.policy()).isSameAs(policy);
  }

  @Test
  void laterDataIsMadeWhenFirstAskedForAndOnlyOnce() {
    AtomicInteger identifiers = new AtomicInteger();
    AtomicInteger policies = new AtomicInteger();
    JudgingData data =
        JudgingData.later(
            () -> {
              identifiers.incrementAndGet();
              return identifier;
            },
            () -> {
              policies.incrementAndGet();
              return policy;
            });
    assertThat(identifiers).hasValue(0);
    assertThat(policies).hasValue(0);

    assertThat(data.identifier()).isSameAs(identifier);
    assertThat(data.identifier()).isSameAs(identifier);
    assertThat(identifiers).hasValue(1);
    assertThat(policies).as("each part when it is asked for").hasValue(0);
    assertThat(data.policy()).isSameAs(policy);
    assertThat(policies).hasValue(1);
  }

  @Test
  void aSecondThreadWaitsForTheFirstInsteadOfMakingItAgain() throws Exception {
    CountDownLatch making = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger made = new AtomicInteger();
    JudgingData data =
        JudgingData.later(
            () -> {
              made.incrementAndGet();
              making.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return identifier;
            },
            () -> policy);
    AtomicReference<Identifier> first = new AtomicReference<>();
    Thread judge = new Thread(() -> first.set(data.identifier()), "judge");
    judge.start();
    assertThat(making.await(10, TimeUnit.SECONDS)).isTrue();

    AtomicReference<Identifier> second = new AtomicReference<>();
    Thread waiter = new Thread(() -> second.set(data.identifier()), "waiter");
    waiter.start();
    release.countDown();
    judge.join(10_000);
    waiter.join(10_000);

    assertThat(first.get()).isSameAs(identifier);
    assertThat(second.get()).isSameAs(identifier);
    assertThat(made).hasValue(1);
  }

  @Test
  void whatMakingThrewReachesEveryCallerAsItWasThrown() {
    IllegalArgumentException broken = new IllegalArgumentException("bundled policy is broken");
    JudgingData data =
        JudgingData.later(
            () -> identifier,
            () -> {
              throw broken;
            });

    assertThatThrownBy(data::policy).isSameAs(broken);
    assertThatThrownBy(data::policy).isSameAs(broken);
    assertThat(data.identifier()).isSameAs(identifier);
  }
}
