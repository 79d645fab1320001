package io.netaudit.identify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence and notes the signals gathered about one device (or one entPhysical row), in
 * gathering order, plus what {@link Decision} must know about some of the evidence: which may
 * identify alone as a fallback, which names an IANA registrant outside the catalogue, which only
 * corroborates, and what the device runs on (its platform). Mutable; one per identification, never
 * shared between threads.
 */
final class Findings {
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();
  private final Set<Evidence> ouiFallback = new HashSet<>();
  private final Set<Evidence> registrants = new HashSet<>();
  private final List<Evidence> corroborating = new ArrayList<>();
  private final List<Evidence> platforms = new ArrayList<>();

  /** Evidence for the decision. */
  void add(Evidence e) {
    evidence.add(e);
  }

  /**
   * MAC evidence from a maker's own (device) registration under a definitive name: it may identify
   * alone when nothing contests it (decision rule 5a).
   */
  void addOuiFallback(Evidence e) {
    evidence.add(e);
    ouiFallback.add(e);
  }

  /** Evidence naming an IANA registrant that is not a catalogue maker. */
  void addRegistrant(Evidence e) {
    evidence.add(e);
    registrants.add(e);
  }

  /**
   * Evidence that never counts on its own (a NIC or board maker's MAC): kept aside, and added to
   * the evidence only when another source names the same unwatched maker.
   */
  void addCorroborating(Evidence e) {
    corroborating.add(e);
  }

  /**
   * A disagreement a signal found within its own data (one sysDescr naming two watched makers),
   * reported with the conflicts between signals.
   */
  void conflict(String conflict) {
    conflicts.add(conflict);
  }

  List<String> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }

  /**
   * What the device runs on rather than who made it (a hypervisor's virtual NIC, a NIC or chip
   * maker's part): reported as the platform, never evidence for the maker.
   */
  void addPlatform(Evidence e) {
    if (platforms.stream().noneMatch(p -> p.vendor().equals(e.vendor()))) {
      platforms.add(e);
    }
  }

  /** A one-line remark for the report. */
  void note(String note) {
    notes.add(note);
  }

  /** The evidence so far, in gathering order (corroborating-only evidence excluded). */
  List<Evidence> evidence() {
    return Collections.unmodifiableList(evidence);
  }

  List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  Set<Evidence> ouiFallback() {
    return Collections.unmodifiableSet(ouiFallback);
  }

  Set<Evidence> registrants() {
    return Collections.unmodifiableSet(registrants);
  }

  List<Evidence> corroborating() {
    return Collections.unmodifiableList(corroborating);
  }

  List<Evidence> platforms() {
    return Collections.unmodifiableList(platforms);
  }
}
