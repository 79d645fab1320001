package io.netaudit.eval;

import static io.netaudit.eval.LongTailEvaluation.cell;
import static io.netaudit.eval.LongTailEvaluation.percent;

import io.netaudit.eval.LongTailEvaluation.Outcome;
import io.netaudit.eval.LongTailEvaluation.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The markdown of a {@link LongTailEvaluation}: figures, the per-brand table, the misses. */
final class LongTailReport {
  private LongTailReport() {}

  static String markdown(Result result) {
    List<Outcome> all = result.outcomes();
    StringBuilder md = new StringBuilder("# Long-tail accuracy\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Corpus: `%s`, %d recordings, each served by its own in-process agent and scanned over"
                + " UDP by `netaudit scan` (`--timeout %s --retries %d`; %.1f s, exit code %d)."
                + " Rule of comparison: `src/test/resources/io/netaudit/eval/librenms-brands.csv`."
                + " Held back while the rules were written: %d recordings (seed %d).\n\n",
            result.corpus(),
            all.size(),
            LongTailEvaluation.TIMEOUT,
            LongTailEvaluation.RETRIES,
            result.millis() / 1000.0,
            result.exitCode(),
            result.where(Outcome::heldOut).size(),
            LongTailEvaluation.HOLDOUT_SEED));
    md.append("## Figures\n\n");
    md.append(
        "| recordings | not a generic OS | maker named | agreeing with LibreNMS | named wrongly"
            + " | not named | REVIEW | RESTRICTED |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    figures(md, "all", all);
    figures(md, "written from", result.where(o -> !o.heldOut()));
    figures(md, "held back", result.where(Outcome::heldOut));
    md.append('\n');
    long generic = all.stream().filter(o -> o.brand().generic()).count();
    md.append("Generic operating systems (left out): ")
        .append(generic)
        .append(" recordings; ")
        .append(all.stream().filter(o -> o.brand().generic() && o.named()).count())
        .append(" of them named a maker (")
        .append(
            String.join(
                ", ",
                names(result.where(o -> o.brand().generic() && o.named())).entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue())
                    .toList()))
        .append(").\n");
    md.append("Rows per recording: ")
        .append(all.stream().allMatch(o -> o.rows() == 1) ? "exactly one each" : "NOT one each")
        .append("; rows for other addresses: ")
        .append(result.extraRows())
        .append(".\n\n");

    perBrand(md, all);
    misses(md, "Not named", result.where(o -> !o.brand().generic() && !o.named()));
    misses(md, "Named wrongly", result.where(Outcome::wrong));
    misses(md, "REVIEW or RESTRICTED", result.where(Outcome::flagged));
    if (!result.summary().isEmpty()) {
      md.append("## Scan summary\n\n```\n").append(result.summary()).append("\n```\n");
    }
    return md.toString();
  }

  /** The table of recordings that are not a generic OS, by LibreNMS brand. */
  private static void perBrand(StringBuilder md, List<Outcome> all) {
    md.append("## Per brand\n\n")
        .append("Recordings that are not a generic OS, by LibreNMS brand (icon, else OS).\n\n")
        .append("| brand | recordings | named, agreeing | not named | named wrongly |\n")
        .append("|---|---:|---:|---:|---:|\n");
    Map<String, List<Outcome>> byBrand = new TreeMap<>();
    for (Outcome o : all) {
      if (!o.brand().generic()) {
        byBrand.computeIfAbsent(o.brand().key(), k -> new java.util.ArrayList<>()).add(o);
      }
    }
    byBrand.forEach(
        (brand, list) ->
            md.append("| ")
                .append(brand)
                .append(" | ")
                .append(list.size())
                .append(" | ")
                .append(count(list, Outcome::agrees))
                .append(" | ")
                .append(count(list, o -> !o.named()))
                .append(" | ")
                .append(count(list, Outcome::wrong))
                .append(" |\n"));
    md.append('\n');
  }

  private static void figures(StringBuilder md, String label, List<Outcome> set) {
    List<Outcome> tail = set.stream().filter(o -> !o.brand().generic()).toList();
    long agree = count(tail, Outcome::agrees);
    md.append("| ")
        .append(label)
        .append(" (")
        .append(set.size())
        .append(") | ")
        .append(tail.size())
        .append(" | ")
        .append(count(tail, Outcome::named))
        .append(" | ")
        .append(agree)
        .append(" (")
        .append(percent(agree, tail.size()))
        .append(") | ")
        .append(count(tail, Outcome::wrong))
        .append(" | ")
        .append(count(tail, o -> !o.named()))
        .append(" | ")
        .append(count(set, o -> o.flagged() && o.status().equals("REVIEW")))
        .append(" | ")
        .append(count(set, o -> o.flagged() && !o.status().equals("REVIEW")))
        .append(" |\n");
  }

  private static void misses(StringBuilder md, String title, List<Outcome> list) {
    md.append("## ").append(title).append(" (").append(list.size()).append(")\n\n");
    if (list.isEmpty()) {
      return;
    }
    md.append("| file | held back | LibreNMS | status | vendor | sysObjectID | sysDescr |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Outcome o : list) {
      md.append("| ")
          .append(o.entry().file())
          .append(" | ")
          .append(o.heldOut() ? "yes" : "")
          .append(" | ")
          .append(cell(o.entry().os() + " (" + o.entry().osText() + ")", 60))
          .append(" | ")
          .append(o.status())
          .append(" | ")
          .append(cell(o.vendor(), 40))
          .append(" | ")
          .append(cell(o.sysObjectId(), 40))
          .append(" | ")
          .append(cell(o.sysDescr(), 90))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static Map<String, Long> names(List<Outcome> list) {
    Map<String, Long> out = new TreeMap<>();
    list.forEach(o -> out.merge(o.vendor(), 1L, Long::sum));
    return out;
  }

  private static long count(List<Outcome> list, Predicate<Outcome> p) {
    return list.stream().filter(p).count();
  }
}
