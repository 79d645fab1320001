package io.netaudit.identify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code maker-names.csv} as a lookup from an organisation or manufacturer name to the
 * catalogue makers it names: first matching row per maker, in file order. Each row's pattern is
 * tested only when the name contains the text it needs ({@link RequiredText}), and the answers for
 * recent names are remembered ({@link TextMemo}): the same few registrant and Recog vendor names
 * come back for every device and every MAC of a sweep. Immutable answers; thread-safe.
 */
final class MakerNameIndex {
  /** Distinct names remembered: a sweep's IEEE registrants, Recog vendors and mfgNames. */
  private static final int REMEMBERED = 4_096;

  private final List<MakerName> rows;
  private final List<RequiredText> required;
  private final TextMemo<String, List<VendorCatalogue.MakerMatch>> remembered =
      new TextMemo<>(REMEMBERED, this::match);

  MakerNameIndex(List<MakerName> rows) {
    this.rows = List.copyOf(rows);
    this.required = this.rows.stream().map(r -> RequiredText.of(r.pattern())).toList();
  }

  List<MakerName> rows() {
    return rows;
  }

  /** Every maker whose row matches {@code name}, parts makers included; an immutable list. */
  List<VendorCatalogue.MakerMatch> named(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    return remembered.get(name);
  }

  private List<VendorCatalogue.MakerMatch> match(String name) {
    List<VendorCatalogue.MakerMatch> out = new ArrayList<>();
    Set<Vendor> seen = new HashSet<>();
    String folded = RequiredText.fold(name);
    for (int i = 0; i < rows.size(); i++) {
      MakerName m = rows.get(i);
      if (seen.contains(m.vendor()) || !required.get(i).mayMatch(folded)) {
        continue;
      }
      Optional<String> hit = m.match(name);
      if (hit.isPresent()) {
        seen.add(m.vendor());
        out.add(new VendorCatalogue.MakerMatch(m, hit.get()));
      }
    }
    return List.copyOf(out);
  }
}
