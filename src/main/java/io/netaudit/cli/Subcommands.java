package io.netaudit.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * netaudit's subcommands, in the order the help lists them, and which of them one command line
 * needs in its tree. picocli builds the model of a command (every option, its annotations read
 * through reflection) when the command joins the tree, and on a cold JVM that was 90-100 ms for
 * {@code scan} alone and 150 ms for all seven: the longest step before a scan's first packet once
 * the built-in data no longer held it up (measured on 2 cores, docs/benchmarks.md).
 *
 * <p>A command line that names a subcommand after the root's own options gets that subcommand and
 * {@code scan}, whose options are every configuration key ({@link ConfigDefaults}: the keys of
 * {@code check-config} and {@code policy} are all scan's too, as SubcommandsTest checks). Anything
 * else (help, --version, an unknown word or option, an @argument file) gets the whole tree, so that
 * picocli answers exactly as it always has.
 */
final class Subcommands {
  /** A subcommand: its name and how to make its command object. */
  record Subcommand(String name, Supplier<Object> command) {}

  /** Every subcommand, in the order the help lists them. */
  static final List<Subcommand> ALL =
      List.of(
          new Subcommand("scan", ScanCommand::new),
          new Subcommand("policy", PolicyCommand::new),
          new Subcommand("demo", DemoCommand::new),
          new Subcommand("diff", DiffCommand::new),
          new Subcommand("check-config", CheckConfigCommand::new),
          new Subcommand("history", HistoryCommand::new),
          new Subcommand("report", ReportCommand::new));

  /** The root's options that take a value as the next argument. */
  private static final Set<String> VALUED = Set.of("--config", "--log-file", "--log-level");

  private Subcommands() {}

  /** The subcommands the tree for {@code args} needs, in {@link #ALL}'s order. */
  static List<Subcommand> neededFor(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (VALUED.contains(arg)) {
        i++; // its value, whatever it looks like
      } else if (isRootFlag(arg) || isValuedWithEquals(arg)) {
        continue;
      } else if (arg.startsWith("-") || arg.startsWith("@")) {
        return ALL; // help, --version, "--", an unknown option or an argument file: picocli decides
      } else {
        return named(arg);
      }
    }
    return ALL;
  }

  private static List<Subcommand> named(String word) {
    if (ALL.stream().noneMatch(s -> s.name().equals(word))) {
      return ALL; // not a command: picocli's error with its suggestions needs every name
    }
    return ALL.stream().filter(s -> s.name().equals("scan") || s.name().equals(word)).toList();
  }

  /** -v, -vv, ..., --verbose. */
  private static boolean isRootFlag(String arg) {
    if (arg.equals("--verbose")) {
      return true;
    }
    if (arg.length() < 2 || arg.charAt(0) != '-') {
      return false;
    }
    for (int i = 1; i < arg.length(); i++) {
      if (arg.charAt(i) != 'v') {
        return false;
      }
    }
    return true;
  }

  private static boolean isValuedWithEquals(String arg) {
    int eq = arg.indexOf('=');
    return eq > 0 && VALUED.contains(arg.substring(0, eq));
  }
}
