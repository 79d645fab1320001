package io.netaudit.identify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Identifies the maker of a device from sysDescr and sysObjectID only (sysName, sysLocation and sysContact are
 * never evidence, so they are not even parameters). A pure function of its inputs and the catalogue; thread-safe.
 * The decision rules are documented in {@code package-info.java}.
 */
public final class Identifier {

    /** The enterprises arc, 1.3.6.1.4.1. */
    private static final long[] ENTERPRISES = {1, 3, 6, 1, 4, 1};
    private static final long MAX_ARC = 4_294_967_295L;
    private static final int MAX_QUOTE = 60;

    private final VendorCatalogue catalogue;

    public Identifier(VendorCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * @param sysDescr    decoded sysDescr text; may be null or empty
     * @param sysObjectId dotted sysObjectID, e.g. {@code "1.3.6.1.4.1.2011.2.23.96"} (a leading dot is accepted);
     *                    may be null, empty or malformed
     */
    /** The vendor identity objects the scanner should read from every responder. */
    public List<String> privateObjectIds() {
        return List.of("1.3.6.1.4.1.39165.1.1.0", "1.3.6.1.4.1.39165.1.3.0");
    }

    public Identification identify(String sysDescr, String sysObjectId) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // weak PEN rows without a vendor only add a note
        objectIdEvidence(sysObjectId, evidence, notes);
        descrEvidence(sysDescr, evidence, notes);
        return decide(evidence, notes);
    }

    // ------------------------------------------------------------ sysObjectID

    private void objectIdEvidence(String sysObjectId, List<Evidence> evidence, List<String> notes) {
        if (sysObjectId == null || sysObjectId.isBlank()) {
            notes.add("sysObjectID missing: no enterprise number");
            return;
        }
        String oid = clean(sysObjectId);
        OptionalLong pen;
        try {
            pen = enterpriseNumber(oid);
        } catch (IllegalArgumentException e) {
            notes.add("sysObjectID " + quote(oid) + " " + e.getMessage() + ": no enterprise number");
            return;
        }
        if (pen.isEmpty()) {
            return;
        }
        long n = pen.getAsLong();
        Optional<EnterpriseNumber> entry = catalogue.enterprise(n);
        if (entry.isEmpty()) {
            notes.add("enterprise " + n + " (sysObjectID " + quote(oid) + ") is not in the catalogue");
            return;
        }
        EnterpriseNumber e = entry.get();
        switch (e.strength()) {
            case NONE:
                notes.add("enterprise " + n + " says nothing about the maker (" + e.notes() + ")");
                break;
            case WEAK:
                if (e.vendor().isPresent()) {
                    evidence.add(new Evidence(SignalSource.SYS_OBJECT_ID, e.vendor().get(), Strength.WEAK,
                            "sysObjectID " + quote(oid) + ": enterprise " + n + " (weak) = " + e.vendor().get().name()
                                    + "; " + e.notes()));
                } else {
                    notes.add("enterprise " + n + " is weak and names no maker (" + e.notes() + ")");
                }
                break;
            case DEFINITIVE:
                evidence.add(new Evidence(SignalSource.SYS_OBJECT_ID, e.vendor().orElseThrow(), Strength.DEFINITIVE,
                        "sysObjectID " + quote(oid) + ": enterprise " + n + " = " + e.vendor().get().name()));
                break;
            default:
                throw new IllegalStateException(String.valueOf(e.strength()));
        }
    }

    /**
     * The enterprise number: the arc right after 1.3.6.1.4.1. Empty (with no error) is never returned for a
     * well-formed OID under enterprises; an OID outside enterprises, or 1.3.6.1.4.1 alone, throws with a reason.
     */
    static OptionalLong enterpriseNumber(String oid) {
        String s = oid.startsWith(".") ? oid.substring(1) : oid;
        if (s.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        String[] parts = s.split("\\.", -1);
        long[] arcs = new long[Math.min(parts.length, ENTERPRISES.length + 1)];
        for (int i = 0; i < arcs.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 10 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("is malformed");
            }
            arcs[i] = Long.parseLong(p);
            if (arcs[i] > MAX_ARC) {
                throw new IllegalArgumentException("has an arc above " + MAX_ARC);
            }
        }
        for (int i = ENTERPRISES.length + 1; i < parts.length; i++) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("is malformed");
            }
        }
        for (int i = 0; i < ENTERPRISES.length; i++) {
            if (i >= arcs.length || arcs[i] != ENTERPRISES[i]) {
                throw new IllegalArgumentException("is not under 1.3.6.1.4.1 (enterprises)");
            }
        }
        if (arcs.length <= ENTERPRISES.length) {
            throw new IllegalArgumentException("stops at 1.3.6.1.4.1 (no enterprise arc)");
        }
        return OptionalLong.of(arcs[ENTERPRISES.length]);
    }

    // ------------------------------------------------------------ sysDescr

    private void descrEvidence(String sysDescr, List<Evidence> evidence, List<String> notes) {
        if (sysDescr == null || sysDescr.isBlank()) {
            notes.add("sysDescr empty: no text evidence");
            return;
        }
        // one evidence per maker: the first definitive rule that fires, else the first weak one
        Map<Vendor, Evidence> best = new LinkedHashMap<>();
        for (SysDescrRule rule : catalogue.rules()) {
            Optional<String> hit = rule.match(sysDescr);
            if (hit.isEmpty()) {
                continue;
            }
            Evidence prev = best.get(rule.vendor());
            if (prev != null && (prev.strength() == Strength.DEFINITIVE || rule.strength() == Strength.WEAK)) {
                continue;
            }
            best.put(rule.vendor(), new Evidence(SignalSource.SYS_DESCR, rule.vendor(), rule.strength(),
                    "sysDescr matches rule " + rule.id() + (rule.strength() == Strength.WEAK ? " (weak)" : "")
                            + " (" + quote(hit.get()) + ") = " + rule.vendor().name()));
        }
        evidence.addAll(best.values());
    }

    // ------------------------------------------------------------ decision

    private static Identification decide(List<Evidence> evidence, List<String> notes) {
        List<String> conflicts = new ArrayList<>();
        Vendor chosen = null;
        Confidence confidence = Confidence.LOW;

        List<Evidence> definitive = evidence.stream().filter(e -> e.strength() == Strength.DEFINITIVE).toList();
        if (!definitive.isEmpty()) {
            // sysObjectID evidence comes first in the list, so it wins over sysDescr
            Evidence first = definitive.get(0);
            chosen = first.vendor();
            for (Evidence e : definitive) {
                if (!e.vendor().equals(chosen)) {
                    conflicts.add("definitive signals name different makers: " + first.detail() + " | "
                            + e.detail());
                }
            }
            if (!conflicts.isEmpty()) {
                confidence = Confidence.LOW;
            } else {
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

        for (Evidence e : evidence) {
            if (e.strength() != Strength.WEAK || e.vendor().equals(chosen)) {
                continue;
            }
            String what = describeSource(e.source());
            if (chosen == null) {
                notes.add(what + " is weak evidence for " + e.vendor().name()
                        + " and needs a second signal (" + e.detail() + ")");
            } else {
                notes.add(what + " weak evidence for " + e.vendor().name() + " set aside: a stronger signal names "
                        + chosen.name() + " (" + e.detail() + ")");
            }
        }
        if (chosen == null) {
            if (evidence.isEmpty()) {
                notes.add("no maker evidence in sysDescr or sysObjectID");
            }
            return new Identification(Optional.empty(), Confidence.LOW, evidence, conflicts, notes);
        }
        return new Identification(Optional.of(chosen), confidence, evidence, conflicts, notes);
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

    private static String describeSource(SignalSource source) {
        return source == SignalSource.SYS_OBJECT_ID ? "sysObjectID" : "sysDescr";
    }

    private static String clean(String s) {
        return s.strip();
    }

    /** A short, one-line, quoted rendering of device text (control characters become spaces). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTE) + 5).append('"');
        int n = 0;
        for (int i = 0; i < s.length() && n < MAX_QUOTE; i++, n++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        if (s.length() > MAX_QUOTE) {
            b.append("...");
        }
        return b.append('"').toString();
    }
}
