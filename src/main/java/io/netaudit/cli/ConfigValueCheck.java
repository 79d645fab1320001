package io.netaudit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks a configured value the way the command line would take it: picocli's own conversion of
 * {@code --key=value} on a spare command tree, then the range of a bounded option ({@link
 * BoundedOptions}) on the converted value. One per configuration load, so the spare tree (tens of
 * milliseconds to build) is built at most once per run.
 */
final class ConfigValueCheck {
  private final CommandLine root;
  private CommandLine spare;

  /**
   * @param root the command tree being configured
   */
  ConfigValueCheck(CommandLine root) {
    this.root = root;
  }

  /**
   * Null when {@code value} converts for option {@code o} and is in range, else why not, without
   * the option's name (the caller prefixes the key and where the value came from).
   */
  String problem(OptionSpec o, String value) {
    if (value.isEmpty()) {
      return "no value given";
    }
    CommandLine fresh = spare();
    List<String> args = new ArrayList<>();
    CommandSpec owner = fresh.getCommandSpec();
    boolean global = root.getCommandSpec().findOption(o.longestName()) != null;
    if (!global) {
      String sub =
          fresh.getSubcommands().get("scan").getCommandSpec().findOption(o.longestName()) != null
              ? "scan"
              : "check-config";
      args.add(sub);
      owner = fresh.getSubcommands().get(sub).getCommandSpec();
    }
    args.add(o.longestName() + "=" + value);
    try {
      fresh.parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException ex) {
      String m = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
      return m.replaceFirst("^Invalid value for option '[^']*'(?: \\([^)]*\\))?: ", "");
    }
    OptionSpec parsed = owner.findOption(o.longestName());
    return BoundedOptions.problem(parsed, parsed.getValue());
  }

  private CommandLine spare() {
    if (spare == null) {
      spare =
          Cli.tree(
              new CliContext(
                  System.out, System.err, System.in, Map.of(), java.time.Clock.systemUTC()));
    }
    return spare;
  }
}
