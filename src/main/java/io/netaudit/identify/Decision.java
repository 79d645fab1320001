package io.netaudit.identify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision rules of {@code package-info.java}: from the {@link Findings} of the signals to one
 * {@link Identification}. Definitive evidence first (the first in gathering order wins, a
 * disagreement is a conflict), else weak evidence from two independent sources, else the OUI and
 * single-signal fallbacks (devices only), and notes for the weak evidence that did not decide.
 */
final class Decision {
  private final VendorCatalogue catalogue;

  Decision(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A device: every rule, the single-signal fallback included. */
  Identification device(Findings found) {
    return decide(found, true);
  }

  /** An entPhysical row: a weak name alone never identifies it (no fallback). */
  Identification component(Findings found) {
    return decide(found, false);
  }

  private Identification decide(Findings found, boolean device) {
    List<Evidence> evidence = withCorroboration(found);
    List<String> notes = new ArrayList<>(found.notes());
    List<String> conflicts = new ArrayList<>();
    Vendor chosen = null;
    List<String> within = found.conflicts();
    Confidence confidence = Confidence.LOW;
    List<Evidence> definitive =
        evidence.stream().filter(e -> e.strength() == Strength.DEFINITIVE).toList();
    if (!definitive.isEmpty()) {
      // evidence is in signal order, so the first definitive one follows that precedence
      Evidence first = definitive.get(0);
      chosen = first.vendor();
      for (Evidence e : definitive) {
        if (!e.vendor().equals(chosen)) {
          conflicts.add(
              "definitive signals name different makers: " + first.detail() + " | " + e.detail());
        }
      }
      if (conflicts.isEmpty() && within.isEmpty()) {
        confidence = sources(evidence, chosen).size() >= 2 ? Confidence.HIGH : Confidence.MEDIUM;
      }
    } else {
      // weak only: a maker named by two independent sources is identified
      for (Evidence e : evidence) {
        if (sources(evidence, e.vendor()).size() >= 2) {
          chosen = e.vendor();
          confidence = Confidence.MEDIUM;
          break;
        }
      }
    }
    if (chosen == null && device) {
      chosen = fallback(found);
      if (chosen != null) {
        notes.add(
            "identified from a single weak source that nothing contradicts ("
                + chosen.name()
                + "): confidence low");
      }
    }
    notes.addAll(weakNotes(evidence, chosen));
    conflicts.addAll(within);
    if (chosen == null) {
      if (evidence.isEmpty()) {
        notes.add("no maker evidence in sysDescr or sysObjectID");
      }
      return new Identification(Optional.empty(), Confidence.LOW, evidence, conflicts, notes);
    }
    return new Identification(Optional.of(chosen), confidence, evidence, conflicts, notes);
  }

  /**
   * The evidence, plus each NIC/board maker's MAC that corroborates another source naming the same,
   * unwatched maker.
   */
  private List<Evidence> withCorroboration(Findings found) {
    List<Evidence> evidence = new ArrayList<>(found.evidence());
    for (Evidence nic : found.corroborating()) {
      if (!catalogue.watched(nic.vendor())
          && found.evidence().stream()
              .anyMatch(e -> e.vendor().equals(nic.vendor()) && e.source() != SignalSource.OUI)) {
        evidence.add(nic);
      }
    }
    return evidence;
  }

  /** Rule 4: weak evidence that did not decide says why. */
  private static List<String> weakNotes(List<Evidence> evidence, Vendor chosen) {
    List<String> notes = new ArrayList<>();
    for (Evidence e : evidence) {
      if (e.strength() != Strength.WEAK || e.vendor().equals(chosen)) {
        continue;
      }
      String what = describe(e.source());
      if (chosen == null) {
        notes.add(
            what
                + " is weak evidence for "
                + e.vendor().name()
                + " and needs a second signal ("
                + e.detail()
                + ")");
      } else {
        notes.add(
            what
                + " weak evidence for "
                + e.vendor().name()
                + " set aside: a stronger signal names "
                + chosen.name()
                + " ("
                + e.detail()
                + ")");
      }
    }
    return notes;
  }

  /**
   * When nothing identified the maker: (a) the OUI of a maker's own registration, when every such
   * OUI names the same maker and no other evidence names another maker (for a watched maker, IANA
   * registrants outside the catalogue do not count: a missed Huawei is the worst error; for any
   * other maker they do: the product's own enterprise number outweighs whose hardware it runs on);
   * else (b) the single-signal fallback: the one organisation that all evidence names, MAC
   * registrants of unwatched makers left out (the hardware the product runs on), when that
   * organisation is not named by a MAC registrant (OUIs identify alone only by (a)) and is not a
   * watched maker ({@link VendorCatalogue#watched}): an IANA registrant outside the catalogue
   * (sysObjectID, engine ID or served MIB), a Recog vendor, or a catalogue maker named by one weak
   * signal (a served MIB, a weak number or sysDescr rule). A watched maker named so stays
   * unidentified: the policy asks for review.
   */
  private Vendor fallback(Findings found) {
    List<Evidence> evidence = found.evidence();
    Set<Vendor> oui = new LinkedHashSet<>();
    found.ouiFallback().forEach(e -> oui.add(e.vendor()));
    if (oui.size() == 1) {
      Vendor v = oui.iterator().next();
      boolean watched = catalogue.watched(v);
      boolean contested =
          evidence.stream()
              .anyMatch(
                  e -> !e.vendor().equals(v) && (!watched || !found.registrants().contains(e)));
      if (!contested) {
        return v;
      }
    }
    Set<Vendor> named = new LinkedHashSet<>();
    for (Evidence e : evidence) {
      if (e.source() != SignalSource.OUI || catalogue.watched(e.vendor())) {
        named.add(e.vendor());
      }
    }
    if (named.size() != 1) {
      return null;
    }
    Vendor v = named.iterator().next();
    boolean fromOui =
        evidence.stream().anyMatch(e -> e.source() == SignalSource.OUI && e.vendor().equals(v));
    return fromOui || catalogue.watched(v) ? null : v;
  }

  private static Set<SignalSource> sources(List<Evidence> evidence, Vendor vendor) {
    Set<SignalSource> s = EnumSet.noneOf(SignalSource.class);
    for (Evidence e : evidence) {
      if (e.vendor().equals(vendor)) {
        s.add(e.source());
      }
    }
    return s;
  }

  /** How a note names the source of weak evidence. */
  static String describe(SignalSource source) {
    switch (source) {
      case SYS_OBJECT_ID:
        return "sysObjectID";
      case SYS_DESCR:
        return "sysDescr";
      case PRIVATE_OID:
        return "private object";
      case ENTITY_MFG:
        return "entPhysical";
      case OUI:
        return "MAC registrant";
      case ENGINE_ID:
        return "engine ID";
      case SERVED_MIB:
        return "served MIB";
      case SIGNATURE:
        return "signature";
      case NEIGHBOUR:
        return "neighbour";
      default:
        throw new IllegalStateException(String.valueOf(source));
    }
  }
}
