package io.netaudit.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The markdown report of an {@link EndpointCorpus} run: checks, per-maker table, timings. */
final class EndpointCorpusReport {
  private static final List<String> STATUSES =
      List.of("RESTRICTED", "REVIEW", "COMPLIANT", "UNIDENTIFIED");

  private EndpointCorpusReport() {}

  /**
   * @param without the same scan with {@code --no-endpoints}, or null
   */
  static String markdown(EndpointCorpus.Result r, EndpointCorpus.Result without) {
    StringBuilder md = new StringBuilder();
    long truth = r.found().size();
    long byClass =
        r.found().stream().filter(f -> f.truth().expected().matches("restricted|review")).count();
    md.append("Recordings: ")
        .append(r.recordings())
        .append("; distinct MACs in macs.csv: ")
        .append(truth)
        .append(" (")
        .append(byClass)
        .append(" restricted-maker or H3C); endpoint rows: ")
        .append(r.endpointRows().size())
        .append("; scan ")
        .append(seconds(r.millis()))
        .append(" s");
    if (without != null) {
      md.append(", with --no-endpoints ")
          .append(seconds(without.millis()))
          .append(" s (ratio ")
          .append(String.format(Locale.ROOT, "%.2f", r.millis() / (double) without.millis()))
          .append(')');
    }
    md.append("\n\n| check | result |\n|---|---|\n");
    check(md, "MACs of macs.csv in no row", r.missing());
    check(md, "MACs in two endpoint rows", r.inTwoEndpointRows());
    check(md, "restricted-maker / H3C MACs not REVIEW or RESTRICTED", r.watchedNotFlagged());
    check(md, "other MACs flagged REVIEW or RESTRICTED", r.othersFlagged());
    check(md, "locally administered MACs given a maker", r.localWithMaker());
    md.append("| MACs no agent can serve (a recording repeats their OID with another value) | ")
        .append(r.unservable().size())
        .append(r.unservable().isEmpty() ? "" : " (" + String.join(", ", r.unservable()) + ")")
        .append(" |\n");
    md.append("| group or all-zero MACs (not endpoints; counted in their device's detail) | ")
        .append(r.notEndpoints().size())
        .append(" |\n");
    long inDeviceRows =
        r.found().stream().filter(f -> !f.rows().isEmpty() && f.endpointRows().isEmpty()).count();
    md.append("| MACs in a device or neighbour row (the device's own) | ")
        .append(inDeviceRows)
        .append(" |\n");
    watched(md, r, "restricted", "restricted-maker MACs (Huawei, ZTE, Hikvision, Dahua, Hytera)");
    watched(md, r, "review", "H3C MACs");
    md.append('\n');
    perMaker(md, r);
    return md.toString();
  }

  /** Where the MACs of one ground-truth class ended: distinct MACs per row type and status. */
  private static void watched(StringBuilder md, EndpointCorpus.Result r, String cls, String what) {
    Map<String, Integer> where = new java.util.TreeMap<>();
    int n = 0;
    for (EndpointCorpus.Found f : r.found()) {
      if (!f.truth().expected().equals(cls)) {
        continue;
      }
      n++;
      java.util.Set<String> seen = new java.util.TreeSet<>();
      for (CSVRecord row : f.rows()) {
        seen.add(row.get("row_type") + " " + row.get("status"));
      }
      where.merge(seen.isEmpty() ? "no row" : String.join(" + ", seen), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    where.forEach((k, v) -> parts.add(v + " in " + k + " rows"));
    md.append("| ")
        .append(what)
        .append(", distinct | ")
        .append(n)
        .append(": ")
        .append(String.join(", ", parts))
        .append(" |\n");
  }

  private static void perMaker(StringBuilder md, EndpointCorpus.Result r) {
    Map<String, Map<String, Integer>> makers = EndpointCorpus.perMaker(r.endpointRows());
    List<Map.Entry<String, Map<String, Integer>>> sorted = new ArrayList<>(makers.entrySet());
    sorted.sort(
        Comparator.comparingInt(
                (Map.Entry<String, Map<String, Integer>> e) -> -flagged(e.getValue()))
            .thenComparingInt(e -> -total(e.getValue()))
            .thenComparing(Map.Entry::getKey));
    md.append("| maker (endpoint rows) | total |");
    STATUSES.forEach(s -> md.append(' ').append(s).append(" |"));
    md.append("\n|---|---:|");
    STATUSES.forEach(s -> md.append("---:|"));
    md.append('\n');
    int listed = 0;
    int otherMakers = 0;
    int otherRows = 0;
    for (Map.Entry<String, Map<String, Integer>> e : sorted) {
      if (listed >= 25 && flagged(e.getValue()) == 0) {
        otherMakers++;
        otherRows += total(e.getValue());
        continue;
      }
      listed++;
      md.append("| ").append(e.getKey()).append(" | ").append(total(e.getValue())).append(" |");
      STATUSES.forEach(s -> md.append(' ').append(e.getValue().getOrDefault(s, 0)).append(" |"));
      md.append('\n');
    }
    if (otherMakers > 0) {
      md.append("| (")
          .append(otherMakers)
          .append(" other makers) | ")
          .append(otherRows)
          .append(" |");
      STATUSES.forEach(s -> md.append(" |"));
      md.append('\n');
    }
  }

  private static void check(StringBuilder md, String what, List<EndpointCorpus.Found> bad) {
    md.append("| ").append(what).append(" | ").append(bad.size());
    if (!bad.isEmpty()) {
      md.append(" (e.g. ");
      List<String> some = new ArrayList<>();
      for (EndpointCorpus.Found f : bad.subList(0, Math.min(3, bad.size()))) {
        some.add(f.truth().mac() + " " + f.truth().owner() + ": " + describe(f.rows()));
      }
      md.append(String.join("; ", some)).append(')');
    }
    md.append(" |\n");
  }

  private static String describe(List<CSVRecord> rows) {
    if (rows.isEmpty()) {
      return "no row";
    }
    List<String> out = new ArrayList<>();
    for (CSVRecord r : rows) {
      out.add(r.get("row_type") + " " + r.get("address") + " " + r.get("status"));
    }
    return String.join(", ", out);
  }

  private static int flagged(Map<String, Integer> byStatus) {
    return byStatus.getOrDefault("RESTRICTED", 0) + byStatus.getOrDefault("REVIEW", 0);
  }

  private static int total(Map<String, Integer> byStatus) {
    return byStatus.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
