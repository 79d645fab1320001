package io.netaudit.audit;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;
import io.netaudit.report.ReportFormat;
import io.netaudit.scan.SweepSettings;
import io.netaudit.target.TargetSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one audit run needs, already validated: nothing here can fail on bad input once the
 * run has started sending.
 *
 * @param judging the identifier and the policy (perhaps still being read: {@link JudgingData})
 * @param outputs where each report format goes (a path, or "-" for stdout)
 * @param allTargets also write rows for targets that did not answer
 * @param endpoints whether the MACs the audited switches and routers know become endpoint rows (the
 *     sweep's plan must read their tables: {@link InventoryReaders#plan(Identifier, boolean)})
 */
public record AuditSettings(
    TargetSet targets,
    SweepSettings sweep,
    JudgingData judging,
    Map<ReportFormat, String> outputs,
    boolean allTargets,
    FailOn failOn,
    boolean endpoints) {

  /** Endpoints are on when the sweep's plan reads their tables. */
  public AuditSettings(
      TargetSet targets,
      SweepSettings sweep,
      JudgingData judging,
      Map<ReportFormat, String> outputs,
      boolean allTargets,
      FailOn failOn) {
    this(
        targets,
        sweep,
        judging,
        outputs,
        allTargets,
        failOn,
        InventoryReaders.readsEndpoints(sweep.plan()));
  }

  public AuditSettings {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(judging, "judging");
    outputs = Collections.unmodifiableMap(new EnumMap<>(outputs));
    Objects.requireNonNull(failOn, "failOn");
  }

  /** The identifier (waited for when it is still being read). */
  public Identifier identifier() {
    return judging.identifier();
  }

  /** The policy (waited for when it is still being read). */
  public Policy policy() {
    return judging.policy();
  }
}
