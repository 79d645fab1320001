package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import io.netaudit.scan.SweepSettings;
import io.netaudit.target.TargetSet;
import java.util.Objects;

/**
 * Everything one audit run needs, already validated: nothing here can fail on bad input once the
 * run has started sending.
 *
 * @param output report path, or "-" for stdout
 * @param allTargets also write rows for targets that did not answer
 */
public record AuditSettings(
    TargetSet targets,
    SweepSettings sweep,
    Identifier identifier,
    Policy policy,
    String output,
    boolean allTargets,
    FailOn failOn) {

  public AuditSettings {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(failOn, "failOn");
  }
}
