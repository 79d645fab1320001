package io.netaudit.cli;

import io.netaudit.scan.ScanOption;
import io.netaudit.scan.SweepSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's side of the bounded options ({@link ScanOption}): their defaults, as picocli's
 * default provider (so {@code --help}, man pages and parsing all show and use the definition's
 * default), and their range checks for flags and configuration values, with the definition's
 * message. A bounded option's {@code @Option} names it and describes it; nothing more.
 */
final class BoundedOptions implements CommandLine.IDefaultValueProvider {
  /** --keep: report sets kept in --output-dir. */
  static final ScanOption<Integer> KEEP = ScanOption.ints("keep", null, 1, 100_000);

  /** --keep-runs: runs of the site whose rows the history store keeps. */
  static final ScanOption<Integer> KEEP_RUNS = ScanOption.ints("keep-runs", null, 1, 100_000);

  /** --remediated-after: complete runs in a row without a finding that remediate it. */
  static final ScanOption<Integer> REMEDIATED_AFTER =
      ScanOption.ints(
          "remediated-after", io.netaudit.store.WriteOptions.DEFAULT_REMEDIATED_AFTER, 1, 1000);

  /** Every bounded option, by key: the sweep's and the command line's own. */
  static final List<ScanOption<?>> ALL = all();

  /** The commands whose options these are. */
  private static final Set<String> COMMANDS = Set.of("scan", "check-config");

  private static List<ScanOption<?>> all() {
    List<ScanOption<?>> all = new ArrayList<>(SweepSettings.OPTIONS);
    all.add(KEEP);
    all.add(KEEP_RUNS);
    all.add(REMEDIATED_AFTER);
    return List.copyOf(all);
  }

  /** The definition with this key, or null. */
  static ScanOption<?> byKey(String key) {
    for (ScanOption<?> o : ALL) {
      if (o.key().equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** The definition of this option of a scan command, or null. */
  static ScanOption<?> of(OptionSpec o) {
    CommandSpec cmd = o.command();
    return cmd != null && COMMANDS.contains(cmd.name()) ? byKey(ConfigDefaults.key(o)) : null;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    ScanOption<?> definition = arg instanceof OptionSpec o ? of(o) : null;
    return definition == null ? null : definition.defaultText();
  }

  /**
   * {@code value}, or a usage error in the flag's words: {@code --port 70000 is not in 1-65535}.
   */
  static <T extends Comparable<? super T>> T checked(ScanOption<T> option, T value) {
    String problem = option.problem(value);
    if (problem != null) {
      throw new UsageException("--" + option.key() + " " + problem);
    }
    return value;
  }

  /** Null when the converted value of option {@code o} is in range (or has no range), else why. */
  static String problem(OptionSpec o, Object value) {
    ScanOption<?> definition = of(o);
    return definition == null ? null : definition.problemOf(value);
  }
}
