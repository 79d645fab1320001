package io.netaudit.cli;

import io.netaudit.store.Coverage;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import io.netaudit.target.TargetSpec;
import io.netaudit.target.TargetSpecException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run swept, as the store records it (its target specs, one per line, exclusions prefixed
 * with '-') and as the history needs it ({@link Coverage}: did the run cover an address?). A run
 * pushed late from the spool gets its coverage back from its recorded specs, without DNS: a host
 * name that no longer parses is left out (it covers nothing), and an exclusion that cannot be read
 * makes the run cover nothing, so a late push never remediates what it did not sweep.
 */
final class RunCoverage {
  private static final HostResolver NO_DNS =
      host -> {
        throw new UnknownHostException(host + ": not resolved for a recorded run");
      };

  private RunCoverage() {}

  /** The specs of a target set, as recorded with the run. */
  static String text(TargetSet targets) {
    StringBuilder b = new StringBuilder();
    for (TargetSpec s : targets.includeSpecs()) {
      b.append(s.text().strip()).append('\n');
    }
    for (TargetSpec s : targets.excludeSpecs()) {
      b.append('-').append(s.text().strip()).append('\n');
    }
    return b.toString();
  }

  /** The coverage of a live run. */
  static Coverage of(TargetSet targets) {
    return address -> {
      InetAddress a = literal(address);
      return a != null && targets.contains(a);
    };
  }

  /** The coverage of a recorded run. */
  static Coverage of(String recorded) {
    List<TargetSpec> includes = new ArrayList<>();
    List<TargetSpec> excludes = new ArrayList<>();
    for (String line : recorded.split("\n")) {
      String t = line.strip();
      if (t.startsWith("-")) {
        excludes.add(new TargetSpec(t.substring(1), "recorded run"));
      } else if (!t.isEmpty()) {
        includes.add(new TargetSpec(t, "recorded run"));
      }
    }
    try {
      TargetSet.parse(List.of(), excludes, NO_DNS); // an unreadable exclusion: nothing covered
      List<TargetSpec> readable = new ArrayList<>();
      for (TargetSpec spec : includes) {
        try {
          TargetSet.parse(List.of(spec), List.of(), NO_DNS);
          readable.add(spec);
        } catch (TargetSpecException e) {
          // a host name, or a spec this version reads differently: it covers nothing
        }
      }
      return readable.isEmpty()
          ? address -> false
          : of(TargetSet.parse(readable, excludes, NO_DNS));
    } catch (TargetSpecException e) {
      return address -> false;
    }
  }

  /** An address as the reports write it; never a DNS lookup. */
  private static InetAddress literal(String address) {
    if (address == null
        || address.isEmpty()
        || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      return null;
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
