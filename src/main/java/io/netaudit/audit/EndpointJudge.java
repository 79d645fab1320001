package io.netaudit.audit;

import io.netaudit.identify.Identification;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.OuiRegistry;
import io.netaudit.policy.Policy;
import io.netaudit.policy.Verdict;
import io.netaudit.snmp.MacAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The identification and verdict of an endpoint MAC ({@link Identifier#identifyMac}, {@link
 * Policy#judgeEndpoint}), computed once per registrant: every MAC of one IEEE assignment is judged
 * alike (so are all locally administered MACs, and all MACs of one unregistered OUI), and a million
 * endpoints cost a few thousand identifications. Not thread-safe.
 */
final class EndpointJudge {
  /**
   * @param vendor the catalogue maker's name when the registrant maps to one, else the IEEE
   *     registrant's; "" for a locally administered or unregistered MAC
   */
  record Judged(Identification identification, Verdict verdict, String vendor) {}

  private final Identifier identifier;
  private final Policy policy;
  private final Map<Object, Judged> byRegistrant = new HashMap<>();

  EndpointJudge(Identifier identifier, Policy policy) {
    this.identifier = identifier;
    this.policy = policy;
  }

  Judged judge(MacAddress mac) {
    Optional<OuiRegistry.Assignment> a = identifier.registrant(mac);
    Object key =
        mac.isLocallyAdministered()
            ? "local"
            : a.isPresent()
                ? a.get().registry() + " " + a.get().prefix()
                : Long.valueOf(mac.value() >>> 24); // unregistered: judged per OUI
    Judged j = byRegistrant.get(key);
    if (j == null) {
      Identification id = identifier.identifyMac(mac);
      Verdict v = policy.judgeEndpoint(id);
      String vendor =
          v.vendor()
              .map(x -> x.name())
              .orElse(a.map(OuiRegistry.Assignment::organisation).orElse(""));
      j = new Judged(id, v, vendor);
      byRegistrant.put(key, j);
    }
    return j;
  }
}
