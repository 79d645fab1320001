package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What a run judges with: the identifier and the policy. Given ready, or made when first asked for,
 * by whichever thread asks first (the others wait for it); what making them threw reaches every
 * caller as it was thrown.
 *
 * <p>Made later when nothing in them comes from input: the built-in catalogue and policy, as a
 * command reads them on a thread of its own. A sweep that needs neither to send (--depth system)
 * then starts before they are read, and its first answers wait for them on the thread that judges
 * instead of the first packet waiting. Input (--policy-dir, --waivers, ...) is read before the
 * first packet as always, so that a broken file stops the run before it sends anything.
 */
public final class JudgingData {
  private final FutureTask<Identifier> identifier;
  private final FutureTask<Policy> policy;

  private JudgingData(FutureTask<Identifier> identifier, FutureTask<Policy> policy) {
    this.identifier = identifier;
    this.policy = policy;
  }

  /** Data that is ready. */
  public static JudgingData of(Identifier identifier, Policy policy) {
    JudgingData ready = later(() -> identifier, () -> policy);
    ready.identifier.run();
    ready.policy.run();
    return ready;
  }

  /** Data made when first asked for. */
  public static JudgingData later(Supplier<Identifier> identifier, Supplier<Policy> policy) {
    return new JudgingData(new FutureTask<>(identifier::get), new FutureTask<>(policy::get));
  }

  /** The identifier; made here when nobody has begun to make it, else waited for. */
  public Identifier identifier() {
    return get(identifier);
  }

  /** The policy; made here when nobody has begun to make it, else waited for. */
  public Policy policy() {
    return get(policy);
  }

  private static <T> T get(FutureTask<T> task) {
    task.run(); // does nothing when it has begun or ended
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the built-in data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
