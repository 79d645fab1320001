package io.netaudit.cli;

import io.netaudit.identify.Identifier;
import io.netaudit.policy.Policy;

/** One line naming the dates of the data a verdict rests on, for the summary. */
final class DataDates {
  private DataDates() {}

  static String of(Identifier identifier, Policy policy) {
    String newest = policy.newestAdvisoryDate().map(Object::toString).orElse("none");
    return identifier.registries().summary()
        + "; policy: "
        + policy.advisories().size()
        + " advisories, newest "
        + newest;
  }
}
