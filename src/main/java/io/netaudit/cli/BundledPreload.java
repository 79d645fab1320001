package io.netaudit.cli;

import io.netaudit.identify.PlatformMakers;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.identify.VendorCatalogueException;
import io.netaudit.policy.Policy;
import io.netaudit.policy.PolicyException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * What every audit needs and no option changes, made ready on a thread of their own while picocli
 * builds its model of the commands and parses the command line: the logging framework (SLF4J and
 * Logback start up once per process, with java.util.logging behind them), then the built-in vendor
 * catalogue, platform rules and policy. Each of the three (logging, the data with its Recog XML and
 * some 1,000 regular expressions, picocli) was a fifth to a third of the time before a scan's first
 * packet, and a run has two cores for them. Whoever asks first for a part that is not read yet
 * reads it on its own thread instead; a failure reaches the caller as if it had read the part
 * itself. The files named by --vendor-dir and --policy-dir are not read here: they are input,
 * checked in order before the first packet.
 */
final class BundledPreload {
  /**
   * SLF4J and Logback's start-up. While it runs on one thread, SLF4J gives every other thread
   * stand-ins (substitute loggers, which it later connects, and a substitute factory, which it does
   * not): whoever needs the real Logback context waits for {@link #awaitLogging} first.
   */
  private final FutureTask<Object> logging =
      new FutureTask<>(() -> LoggerFactory.getILoggerFactory());

  private final FutureTask<VendorCatalogue> catalogue;
  private final FutureTask<PlatformMakers> platforms;
  private final FutureTask<Policy> policy;
  private final AtomicBoolean started = new AtomicBoolean();

  /** The data built into the jar. */
  BundledPreload() {
    this(VendorCatalogue::loadBundled, PlatformMakers::loadBundled, Policy::loadBundled);
  }

  /** Reads with these loaders (tests). */
  BundledPreload(
      Callable<VendorCatalogue> catalogue, PlatformLoader platforms, Callable<Policy> policy) {
    this.catalogue = new FutureTask<>(catalogue);
    this.platforms = new FutureTask<>(() -> platforms.load(catalogue()));
    this.policy = new FutureTask<>(policy);
  }

  /** Reads the platform rules of a catalogue. */
  interface PlatformLoader {
    PlatformMakers load(VendorCatalogue catalogue) throws VendorCatalogueException;
  }

  /** Starts the reading on a daemon thread (once); returns this. */
  BundledPreload start() {
    if (started.compareAndSet(false, true)) {
      Thread t =
          new Thread(
              () -> {
                // Logging first: the command line is parsed before the catalogue is needed.
                logging.run();
                catalogue.run();
                platforms.run();
                policy.run();
              },
              "netaudit-preload");
      t.setDaemon(true);
      t.start();
    }
    return this;
  }

  /**
   * Returns once SLF4J and Logback have started (on the preload thread, or here if it has not
   * begun), so that {@code LoggerFactory.getILoggerFactory()} is Logback's context and not SLF4J's
   * stand-in: the masking filter and the log configuration go into the real one.
   */
  void awaitLogging() {
    get(logging, RuntimeException.class);
  }

  VendorCatalogue catalogue() throws VendorCatalogueException {
    return get(catalogue, VendorCatalogueException.class);
  }

  PlatformMakers platforms() throws VendorCatalogueException {
    return get(platforms, VendorCatalogueException.class);
  }

  Policy policy() throws PolicyException {
    return get(policy, PolicyException.class);
  }

  /** The task's value: read here when nobody started it, else waited for. */
  private static <T, E extends Exception> T get(FutureTask<T> task, Class<E> checked) throws E {
    task.run(); // does nothing when the task has started or finished
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the built-in data", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (checked.isInstance(cause)) {
        throw checked.cast(cause);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
