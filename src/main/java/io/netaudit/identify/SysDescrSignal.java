package io.netaudit.identify;

import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.text.Quote;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SYS_DESCR: the rules of {@code sysdescr-rules.csv}. Every rule is tried; per maker the first
 * definitive rule that fires is kept (else the first weak one), so one sysDescr gives at most one
 * piece of evidence per maker. An empty sysDescr gives a note.
 */
final class SysDescrSignal implements Signal {
  private final VendorCatalogue catalogue;

  SysDescrSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Reads reads() {
    return Reads.scalars(SystemMib.SYS_DESCR);
  }

  @Override
  public void collect(Observations o, Findings found) {
    String sysDescr = o.sysDescr();
    if (sysDescr.isBlank()) {
      found.note("sysDescr empty: no text evidence");
      return;
    }
    Map<Vendor, Evidence> best = new LinkedHashMap<>();
    for (SysDescrRule rule : catalogue.rules()) {
      Optional<String> hit = rule.match(sysDescr);
      if (hit.isEmpty()) {
        continue;
      }
      Evidence prev = best.get(rule.vendor());
      if (prev != null
          && (prev.strength() == Strength.DEFINITIVE || rule.strength() == Strength.WEAK)) {
        continue;
      }
      best.put(
          rule.vendor(),
          new Evidence(
              SignalSource.SYS_DESCR,
              rule.vendor(),
              rule.strength(),
              "sysDescr matches rule "
                  + rule.id()
                  + rule.strength().tag()
                  + " ("
                  + Quote.of(hit.get())
                  + ") = "
                  + rule.vendor().name()));
    }
    best.values().forEach(found::add);
  }
}
