package io.netaudit.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The obligations of the advisories, and the deadline a finding gets from them: the earliest dated
 * REMOVE or LIMIT obligation of its advisories (the first date by which something must be gone from
 * some network). Which networks a device serves is not visible over SNMP, so the earliest that may
 * apply is reported, and the policy listing shows every obligation.
 */
final class Deadlines {
  private final List<Obligation> obligations;

  Deadlines(List<Obligation> obligations) {
    this.obligations = List.copyOf(obligations);
  }

  List<Obligation> all() {
    return obligations;
  }

  Optional<Obligation> earliest(List<Advisory> advisories) {
    return obligations.stream()
        .filter(o -> advisories.contains(o.advisory()))
        .filter(o -> o.kind() == Obligation.Kind.REMOVE || o.kind() == Obligation.Kind.LIMIT)
        .filter(o -> o.deadline().isPresent())
        .min(Comparator.comparing(o -> o.deadline().get()));
  }
}
