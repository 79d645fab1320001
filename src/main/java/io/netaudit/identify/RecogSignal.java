package io.netaudit.identify;

import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Rapid7 Recog's SNMP fingerprints ({@link RecogFingerprints}): the first sysDescr fingerprint that
 * matches the sysDescr, and the first sysObjectID fingerprint that matches the sysObjectID (some
 * are written for "sysObjectID sysDescr", a few for the sysDescr alone; all three are tried), as
 * Recog itself picks one match per database. A match names the maker in its {@code hw.vendor}, else
 * its {@code os.vendor}, mapped onto a catalogue maker through {@code maker-names.csv}, else the
 * Recog vendor name itself is the maker (an organisation outside the catalogue, compliant for
 * policy, like an IANA registrant; the registrant of the sysObjectID when its name starts with that
 * vendor name).
 *
 * <p>Strength follows the pattern: DEFINITIVE when it is anchored at the start on a literal name or
 * product ({@code ^3Com IntelliJack}) and Recog declares no certainty below 1, else WEAK; never
 * above the maker-names row's strength; and always WEAK for a watched maker, whom one text signal
 * never identifies. A fingerprint that only names an operating system running on other makers'
 * hardware (Linux, Windows, a net-snmp agent's OS arc) gives a note, never maker evidence. A match
 * for a maker that a sysDescr rule already named as strongly adds nothing.
 */
final class RecogSignal implements Signal {
  /** Letters or digits a pattern's anchored literal prefix needs to name a maker. */
  static final int LITERAL_PREFIX = 3;

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private final VendorCatalogue catalogue;

  /**
   * The first matches of the two databases, remembered per text (as {@link SysDescrSignal}'s rules
   * are): running 622 fingerprints' regexes for every device was most of a /16 sweep's
   * identification time.
   */
  private final TextMemo<List<String>, Optional<RecogDatabase.Match>> sysDescrMatches;

  private final TextMemo<List<String>, Optional<RecogDatabase.Match>> sysObjectIdMatches;

  RecogSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
    // The databases are looked up on first use: the built-in ones are parsed then.
    this.sysDescrMatches = memo(() -> catalogue.recog().sysDescr());
    this.sysObjectIdMatches = memo(() -> catalogue.recog().sysObjectId());
  }

  private static TextMemo<List<String>, Optional<RecogDatabase.Match>> memo(
      Supplier<Optional<RecogDatabase>> db) {
    return new TextMemo<>(
        SysDescrSignal.REMEMBERED, texts -> db.get().flatMap(d -> d.firstMatch(texts)));
  }

  @Override
  public Reads reads() {
    return Reads.scalars(SystemMib.SYS_DESCR, SystemMib.SYS_OBJECT_ID);
  }

  @Override
  public void collect(Observations o, Findings found) {
    String descr = o.sysDescr();
    String oid = o.sysObjectId().strip();
    sysDescrMatches
        .get(List.of(descr))
        .ifPresent(m -> interpret(m, SignalSource.SYS_DESCR, "sysDescr", found));
    List<String> oidTexts = new ArrayList<>(3);
    if (!oid.isEmpty()) {
      oidTexts.add(oid);
      if (!descr.isBlank()) {
        oidTexts.add(oid + " " + descr);
      }
    }
    oidTexts.add(descr);
    sysObjectIdMatches
        .get(List.copyOf(oidTexts))
        .ifPresent(m -> interpret(m, SignalSource.SYS_OBJECT_ID, "sysObjectID", found));
  }

  private void interpret(
      RecogDatabase.Match match, SignalSource source, String what, Findings found) {
    RecogFingerprint fp = match.fingerprint();
    Map<String, String> values = match.values();
    String where = what + " matches Recog fingerprint " + Quote.of(fp.description());
    Optional<String> os = catalogue.recog().genericOs(values);
    if (os.isPresent()) {
      found.note(
          where
              + ": the device runs "
              + os.get()
              + ", an operating system that says nothing about who made the hardware");
      return;
    }
    String name = values.getOrDefault("hw.vendor", values.get("os.vendor"));
    if (name == null || name.isBlank()) {
      return;
    }
    boolean named = fp.anchoredLiteral(LITERAL_PREFIX) && fp.certainty() >= 1.0;
    List<VendorCatalogue.MakerMatch> makers = catalogue.makersNamed(name);
    if (makers.isEmpty()) {
      Vendor org = registrantNamed(name, found).orElse(new Vendor(slug(name), name));
      Strength s = named ? Strength.DEFINITIVE : Strength.WEAK;
      found.add(new Evidence(source, org, s, where + " = " + name + why(fp, s, false)));
      return;
    }
    for (VendorCatalogue.MakerMatch m : makers) {
      Vendor v = m.name().vendor();
      boolean watched = catalogue.watched(v);
      Strength s =
          named && !watched && m.name().strength() == Strength.DEFINITIVE
              ? Strength.DEFINITIVE
              : Strength.WEAK;
      if (alreadyNamed(found, v, source, s)) {
        continue;
      }
      found.add(
          new Evidence(
              source,
              v,
              s,
              where + " = " + Quote.of(name) + " = " + v.name() + why(fp, s, watched)));
    }
  }

  /** Why a match is weak, for the evidence text; empty for a definitive one. */
  private static String why(RecogFingerprint fp, Strength s, boolean watched) {
    if (s == Strength.DEFINITIVE) {
      return "";
    }
    if (watched) {
      return " (weak: one text signal never names a watched maker)";
    }
    if (fp.certainty() < 1.0) {
      return " (weak: Recog's certainty " + fp.certainty() + ")";
    }
    return fp.anchoredLiteral(LITERAL_PREFIX)
        ? " (weak: the name is an ambiguous one)"
        : " (weak: the pattern is not anchored on a name)";
  }

  /** True when a signal before this one named {@code v} from the same source as strongly. */
  private static boolean alreadyNamed(Findings found, Vendor v, SignalSource source, Strength s) {
    return found.evidence().stream()
        .anyMatch(
            e ->
                e.vendor().equals(v)
                    && e.source() == source
                    && (e.strength() == Strength.DEFINITIVE || s == Strength.WEAK));
  }

  /**
   * The IANA registrant already named (by the sysObjectID) whose organisation starts with {@code
   * name} as a whole word: the same organisation ("Lantronix" and "Lantronix, Inc.").
   */
  private static Optional<Vendor> registrantNamed(String name, Findings found) {
    Pattern same =
        Pattern.compile(
            "^\\W*" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return found.registrants().stream()
        .map(Evidence::vendor)
        .filter(v -> same.matcher(v.name()).find())
        .findFirst();
  }

  /** The vendor id of a Recog vendor outside the catalogue: {@code recog-<name slug>}. */
  static String slug(String name) {
    String s = NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    return "recog-" + s.replaceAll("^-+|-+$", "");
  }
}
