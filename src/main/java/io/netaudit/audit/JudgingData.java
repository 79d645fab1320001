package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.Lazy;
import io.netaudit.policy.Policy;
import java.util.function.Supplier;

/**
 * What a run judges with: the identifier and the policy. Given ready, or made when first asked for,
 * by whichever thread asks first (the others wait for it); what making them threw reaches the
 * caller as it was thrown.
 *
 * <p>Made later when nothing in them comes from input: the built-in catalogue and policy, as a
 * command reads them on a thread of its own. A sweep that needs neither to send (--depth system)
 * then starts before they are read, and its first answers wait for them on the thread that judges
 * instead of the first packet waiting. Input (--policy-dir, --waivers, ...) is read before the
 * first packet as always, so that a broken file stops the run before it sends anything.
 */
public final class JudgingData {
  // Each part under its own lock: the identifier and the policy may be made at once on two threads.
  private final Lazy<Identifier> identifier;
  private final Lazy<Policy> policy;

  private JudgingData(Lazy<Identifier> identifier, Lazy<Policy> policy) {
    this.identifier = identifier;
    this.policy = policy;
  }

  /** Data that is ready. */
  public static JudgingData of(Identifier identifier, Policy policy) {
    return new JudgingData(Lazy.of(identifier), Lazy.of(policy));
  }

  /** Data made when first asked for. */
  public static JudgingData later(Supplier<Identifier> identifier, Supplier<Policy> policy) {
    return new JudgingData(
        new Lazy<>("identifier", identifier::get), new Lazy<>("policy", policy::get));
  }

  /** The identifier; made here when nobody has made it, else waited for. */
  public Identifier identifier() {
    return identifier.get();
  }

  /** The policy; made here when nobody has made it, else waited for. */
  public Policy policy() {
    return policy.get();
  }
}
