package io.netaudit.identify;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects IEEE assignments from the IEEE CSV layout or the compact shipped lines, checked one by
 * one, into the three prefix maps of an {@link OuiRegistry}. Filled on one thread, then built once.
 */
final class OuiAssignments {
  private static final List<String> COLUMNS =
      List.of("Registry", "Assignment", "Organization Name", "Organization Address");

  /** How a source reports a bad assignment: one line, with its file and line. */
  interface Problem {
    VendorCatalogueException at(String what);
  }

  private final Map<Long, OuiRegistry.Assignment> s36 = new HashMap<>();
  private final Map<Long, OuiRegistry.Assignment> m28 = new HashMap<>();
  private final Map<Long, OuiRegistry.Assignment> l24 = new HashMap<>();

  /** One organisation string per name: the registry repeats names thousands of times. */
  private final Map<String, String> names = new HashMap<>();

  void add(CatalogueCsv.Source src) throws VendorCatalogueException {
    for (CatalogueCsv.Row row : CatalogueCsv.rows(src, COLUMNS)) {
      add(row.get("Registry"), row.get("Assignment"), row.get("Organization Name"), row::error);
    }
  }

  /**
   * Adds {@code registry<TAB>hex<TAB>organisation} from {@code text[start, end)} when it is well
   * formed (upper-case hex of the registry's length, a name); false to let {@link #add(String,
   * String, String, Problem)} say what is wrong.
   */
  boolean addFast(String text, int start, int tab1, int tab2, int end) {
    int digits = tab2 - tab1 - 1;
    Map<Long, OuiRegistry.Assignment> map;
    String registry;
    if (text.startsWith("MA-L", start) && tab1 - start == 4 && digits == 6) {
      map = l24;
      registry = "MA-L";
    } else if (text.startsWith("MA-M", start) && tab1 - start == 4 && digits == 7) {
      map = m28;
      registry = "MA-M";
    } else if (text.startsWith("MA-S", start) && tab1 - start == 4 && digits == 9) {
      map = s36;
      registry = "MA-S";
    } else if (text.startsWith("IAB", start) && tab1 - start == 3 && digits == 9) {
      map = s36;
      registry = "IAB";
    } else {
      return false;
    }
    long value = 0;
    for (int i = tab1 + 1; i < tab2; i++) {
      char c = text.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) {
        return false;
      }
      value = value << 4 | d;
    }
    String org = text.substring(tab2 + 1, end);
    if (org.isBlank() || !org.equals(org.strip())) {
      return false;
    }
    org = names.computeIfAbsent(org, o -> o);
    map.putIfAbsent(
        value,
        new OuiRegistry.Assignment(registry, text.substring(tab1 + 1, tab2), digits * 4, org));
    return true;
  }

  void add(String registryCell, String assignmentCell, String orgCell, Problem problem)
      throws VendorCatalogueException {
    String registry = registryCell.trim().toUpperCase(Locale.ROOT);
    String hex = assignmentCell.trim().toUpperCase(Locale.ROOT);
    int digits;
    Map<Long, OuiRegistry.Assignment> map;
    switch (registry) {
      case "MA-L":
        digits = 6;
        map = l24;
        break;
      case "MA-M":
        digits = 7;
        map = m28;
        break;
      case "MA-S":
      case "IAB":
        digits = 9;
        map = s36;
        break;
      default:
        throw problem.at(
            "bad Registry '"
                + CatalogueCsv.oneLine(registryCell)
                + "' (expected MA-L, MA-M, MA-S or IAB)");
    }
    if (hex.length() != digits || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw problem.at(
          "bad Assignment '"
              + CatalogueCsv.oneLine(assignmentCell)
              + "' for "
              + registry
              + " (expected "
              + digits
              + " hex digits)");
    }
    String org = orgCell.strip();
    if (org.isEmpty()) {
      throw problem.at("empty Organization Name for " + registry + " " + hex);
    }
    org = names.computeIfAbsent(org, o -> o);
    // the first file given wins for a repeated assignment
    map.putIfAbsent(
        Long.parseLong(hex, 16), new OuiRegistry.Assignment(registry, hex, digits * 4, org));
  }

  OuiRegistry build(Optional<LocalDate> date, String source) {
    // Not Map.copyOf: its linear probing degrades badly on the registry's clustered prefixes
    // (measured: 0.3-1.5 s to build the full registry instead of about 50 ms). Never modified.
    return new OuiRegistry(
        Collections.unmodifiableMap(s36),
        Collections.unmodifiableMap(m28),
        Collections.unmodifiableMap(l24),
        date,
        source);
  }
}
