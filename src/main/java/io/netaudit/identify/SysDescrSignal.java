package io.netaudit.identify;

import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.text.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SYS_DESCR: the rules of {@code sysdescr-rules.csv}. Every rule is tried; per maker the first
 * definitive rule that fires is kept (else the first weak one), so one sysDescr gives at most one
 * piece of evidence per maker. An empty sysDescr gives a note.
 *
 * <p>Text is strong only in the maker's own formats. A watched maker's rule is WEAK when the
 * sysDescr is free text ({@link FreeText}: a generic OS banner, or an enterprise number whose agent
 * serves the admin's text), and when one sysDescr definitively names two or more watched makers,
 * each of them is WEAK and the disagreement is a conflict: two names in one text are not two
 * confirmations. Unwatched makers' rules keep their strength: a mistaken compliant maker lifts no
 * verdict, and their banners (Cumulus, DSM) are how such devices identify.
 */
final class SysDescrSignal implements Signal {
  /**
   * Distinct sysDescr texts whose rule matches are remembered: a fleet shares a few firmware
   * strings (the lab's 2,000 devices have 262), and matching every rule's regex (word boundaries
   * are slow) for every device was most of a /16 sweep's identification time.
   */
  static final int REMEMBERED = 4_096;

  private final VendorCatalogue catalogue;

  /** sysDescr to the rules it matches. */
  private final TextMemo<String, List<RuleMatch>> remembered =
      new TextMemo<>(REMEMBERED, this::matchAll);

  /** A rule that fires on a sysDescr, and the text it matched. */
  private record RuleMatch(SysDescrRule rule, String text) {}

  /** Per rule, in catalogue order: the text its pattern needs, tested before the regex runs. */
  private final List<RequiredText> required;

  SysDescrSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
    this.required = catalogue.rules().stream().map(r -> RequiredText.of(r.pattern())).toList();
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
    Optional<String> freeText = catalogue.freeText().why(sysDescr, o.sysObjectId());
    Map<Vendor, Hit> best = new LinkedHashMap<>();
    for (RuleMatch match : matches(sysDescr)) {
      SysDescrRule rule = match.rule();
      Strength strength = rule.strength();
      String why = "";
      if (strength == Strength.DEFINITIVE
          && freeText.isPresent()
          && catalogue.watched(rule.vendor())) {
        strength = Strength.WEAK;
        why = freeText.get();
      }
      Hit prev = best.get(rule.vendor());
      if (prev != null && (prev.strength == Strength.DEFINITIVE || strength == Strength.WEAK)) {
        continue;
      }
      best.put(rule.vendor(), new Hit(rule, match.text(), strength, why));
    }
    List<Vendor> named = new ArrayList<>();
    best.forEach(
        (v, h) -> {
          if (h.strength == Strength.DEFINITIVE && catalogue.watched(v)) {
            named.add(v);
          }
        });
    if (named.size() >= 2) {
      String names = named.stream().map(Vendor::name).collect(Collectors.joining(", "));
      found.conflict(
          "sysDescr names "
              + named.size()
              + " watched makers ("
              + names
              + "): a conflict, not "
              + named.size()
              + " confirmations; each is weak evidence");
      for (Vendor v : named) {
        Hit h = best.get(v);
        best.put(
            v, new Hit(h.rule, h.text, Strength.WEAK, "names " + named.size() + " watched makers"));
      }
    }
    best.values().forEach(h -> found.add(h.evidence()));
  }

  /** The rules that fire on {@code sysDescr}, in catalogue order; remembered per text. */
  private List<RuleMatch> matches(String sysDescr) {
    return remembered.get(sysDescr);
  }

  private List<RuleMatch> matchAll(String sysDescr) {
    List<RuleMatch> found = new ArrayList<>();
    String folded = RequiredText.fold(sysDescr);
    List<SysDescrRule> rules = catalogue.rules();
    for (int i = 0; i < rules.size(); i++) {
      SysDescrRule rule = rules.get(i);
      if (required.get(i).mayMatch(folded)) {
        rule.match(sysDescr).ifPresent(text -> found.add(new RuleMatch(rule, text)));
      }
    }
    return List.copyOf(found);
  }

  /** The rule kept for one maker, with the strength it counts with and why it was lowered. */
  private record Hit(SysDescrRule rule, String text, Strength strength, String why) {
    Evidence evidence() {
      String tag = why.isEmpty() ? strength.tag() : " (weak: " + why + ")";
      return new Evidence(
          SignalSource.SYS_DESCR,
          rule.vendor(),
          strength,
          "sysDescr matches rule "
              + rule.id()
              + tag
              + " ("
              + Quote.of(text)
              + ") = "
              + rule.vendor().name());
    }
  }
}
