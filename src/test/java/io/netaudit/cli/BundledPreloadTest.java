package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.identify.PlatformMakers;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.identify.VendorCatalogueException;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The built-in data read ahead: each part once, on whichever thread gets to it first. */
class BundledPreloadTest {
  @Test
  void withoutStartEachPartIsReadOnFirstRequestAndOnlyOnce() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    VendorCatalogue bundled = VendorCatalogue.loadBundled();
    BundledPreload preload =
        new BundledPreload(
            () -> {
              reads.incrementAndGet();
              return bundled;
            },
            PlatformMakers::loadBundled,
            Policy::loadBundled);
    assertThat(reads).hasValue(0);
    assertThat(preload.catalogue()).isSameAs(bundled);
    assertThat(preload.catalogue()).isSameAs(bundled);
    assertThat(preload.platforms()).isSameAs(preload.platforms());
    assertThat(reads).hasValue(1);
    assertThat(preload.policy().advisories()).isNotEmpty();
  }

  @Test
  void everyCommandWithPolicyOptionsTakesTheRootsPreload() throws Exception {
    picocli.CommandLine tree = Cli.tree(CliContext.system());
    NetauditCommand root = tree.getCommand();
    VendorCatalogue shared = root.bundled().catalogue();
    java.util.Map<String, picocli.CommandLine> sub = tree.getSubcommands();
    assertThat(((ScanCommand) sub.get("scan").getCommand()).policyOptions.catalogue())
        .isSameAs(shared);
    assertThat(
            ((CheckConfigCommand) sub.get("check-config").getCommand()).policyOptions.catalogue())
        .isSameAs(shared);
    assertThat(((DemoCommand) sub.get("demo").getCommand()).policyOptions.catalogue())
        .isSameAs(shared);
    assertThat(((PolicyCommand) sub.get("policy").getCommand()).policyOptions.catalogue())
        .isSameAs(shared);
    assertThat(new PolicyOptions().catalogue())
        .as("options outside netaudit's tree read their own")
        .isNotSameAs(shared);
  }

  @Test
  void startedItReadsOnItsOwnThreadAndTheCallerWaitsForIt() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger reads = new AtomicInteger();
    Thread[] reader = new Thread[1];
    VendorCatalogue bundled = VendorCatalogue.loadBundled();
    BundledPreload preload =
        new BundledPreload(
            () -> {
              reader[0] = Thread.currentThread();
              reads.incrementAndGet();
              reading.countDown();
              release.await(10, TimeUnit.SECONDS);
              return bundled;
            },
            PlatformMakers::loadBundled,
            Policy::loadBundled);
    preload.start();
    preload.start(); // a second start does nothing
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    assertThat(preload.catalogue()).isSameAs(bundled);
    assertThat(reader[0]).isNotEqualTo(Thread.currentThread());
    assertThat(reader[0].getName()).isEqualTo("netaudit-preload");
    assertThat(reader[0].isDaemon()).isTrue();
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFailureReachesTheCallerAsItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String policyProblem = policyProblem(dir);
    BundledPreload preload =
        new BundledPreload(
                () -> {
                  throw new VendorCatalogueException("vendors.csv:3: broken");
                },
                PlatformMakers::loadBundled,
                () -> Policy.load(dir))
            .start();
    assertThatThrownBy(preload::catalogue)
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessage("vendors.csv:3: broken");
    assertThatThrownBy(preload::platforms)
        .as("the platform rules need the catalogue")
        .isInstanceOf(VendorCatalogueException.class)
        .hasMessage("vendors.csv:3: broken");
    assertThatThrownBy(preload::policy)
        .isInstanceOf(PolicyException.class)
        .hasMessage(policyProblem);
  }

  /** What reading the (empty) policy folder says, read directly. */
  private static String policyProblem(java.nio.file.Path dir) {
    try {
      Policy.load(dir);
    } catch (PolicyException e) {
      return e.getMessage();
    }
    throw new AssertionError("an empty folder is no policy");
  }

  @Test
  void aRuntimeFailureIsRethrownAsItIs() {
    BundledPreload preload =
        new BundledPreload(
            () -> {
              throw new IllegalStateException("bundled data broken");
            },
            PlatformMakers::loadBundled,
            Policy::loadBundled);
    assertThatThrownBy(preload::catalogue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bundled data broken");
  }

  @Test
  void afterAwaitingLoggingTheFactoryIsLogbacksContextNotAStandIn() {
    new BundledPreload().start().awaitLogging();
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory())
        .isInstanceOf(ch.qos.logback.classic.LoggerContext.class);
  }
}
