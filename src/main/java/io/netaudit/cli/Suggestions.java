package io.netaudit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * "Did you mean" for a mistyped command or option ({@code netaudit sacn}, {@code scan --timout 2}):
 * the names of the command where parsing stopped that are within a small edit distance of what was
 * typed (a transposition counts as one edit, as in git's and nmap's suggestions). Picocli's own
 * suggestions rank by letter pairs and offer far-fetched names; a distance bound offers a name only
 * when it is plausibly the one meant.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * One line replacing picocli's "Unmatched argument" message, or null to keep it: names the
   * unknown word and, where one is close, the command or option meant.
   */
  static String message(CommandLine.UnmatchedArgumentException e) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      return null;
    }
    String typed = unmatched.get(0);
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String command = spec.qualifiedName();
    if (typed.startsWith("-")) {
      String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      List<String> close = closest(name, optionNames(spec));
      return "unknown option '"
          + name
          + "' for '"
          + command
          + "'"
          + (close.isEmpty() ? "" : "; did you mean " + quoted(close) + "?");
    }
    if (!spec.subcommands().isEmpty()) {
      List<String> close = closest(typed, List.copyOf(spec.subcommands().keySet()));
      return "'"
          + typed
          + "' is not a "
          + command
          + " command"
          + (close.isEmpty()
              ? " (" + String.join(", ", spec.subcommands().keySet()) + ")"
              : "; did you mean '" + command + " " + close.get(0) + "'?");
    }
    return null;
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.addAll(List.of(o.names()));
        if (o.negatable()) {
          for (String n : o.names()) {
            if (n.startsWith("--")) {
              names.add("--no-" + n.substring(2));
            }
          }
        }
      }
    }
    return names;
  }

  /** The candidates within the bound, nearest first (at most three). */
  static List<String> closest(String typed, List<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    int bound = Math.max(1, Math.min(3, t.replaceFirst("^-+", "").length() / 3));
    return candidates.stream()
        .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= bound)
        .sorted(Comparator.comparingInt(c -> distance(t, c.toLowerCase(Locale.ROOT))))
        .distinct()
        .limit(3)
        .toList();
  }

  private static String quoted(List<String> names) {
    return "'" + String.join("' or '", names) + "'";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
