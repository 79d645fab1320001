package io.netaudit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a README example is made to run on this machine, and only on loopback (one rewrite for every
 * example, no example handled by name):
 *
 * <ul>
 *   <li>An IPv4 target that is not loopback keeps its last octet (with its ranges) and gets a
 *       loopback network for its first three: the first network an example names becomes {@code
 *       127.77.0} (the simulated network the test runs), each further one {@code 127.76.N} (empty),
 *       so an {@code --exclude} of another network stays another network; a network named right
 *       after {@code --exclude} is never the simulated one. A prefix shorter than {@code /27}
 *       becomes {@code /27}: {@code 10.20.0.0/16} is {@code 127.77.0.0/27}, {@code 10.1.0-3.1-254}
 *       is {@code 127.77.0.1-254}.
 *   <li>An absolute path under {@code /etc/} or {@code /var/} is taken under the test's root
 *       directory ({@code /etc/netaudit/targets.txt} is {@code ROOT/etc/netaudit/targets.txt}).
 * </ul>
 */
final class ExampleRewrite {
  private static final String OCTET = "\\d{1,3}(?:-\\d{1,3})?";
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![\\w.:/-])("
              + OCTET
              + "\\."
              + OCTET
              + "\\."
              + OCTET
              + ")\\.(\\d{1,3}(?:[-,]\\d{1,3})*)(/\\d{1,2})?(?![\\w.])");
  private static final Pattern SYSTEM_PATH = Pattern.compile("(?<![\\w.~/-])/(etc|var)/");
  private static final int NARROWEST = 27;
  private static final String SIMULATED = "127.77.0";

  private final Path root;
  private final Map<String, String> networks = new LinkedHashMap<>();
  private int others;

  ExampleRewrite(Path root) {
    this.root = root;
  }

  /** {@code text} with its targets on loopback and its system paths under the root. */
  String apply(String text) {
    Matcher m = IPV4.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(target(text, m)));
    }
    m.appendTail(out);
    return SYSTEM_PATH
        .matcher(out.toString())
        .replaceAll(r -> Matcher.quoteReplacement(root + "/" + r.group(1) + "/"));
  }

  private String target(String text, Matcher m) {
    String network = m.group(1);
    if (network.startsWith("127.")) {
      return m.group();
    }
    String before = text.substring(0, m.start());
    boolean excluded = before.endsWith("--exclude ") || before.endsWith("--exclude=");
    String loopback = networks.get(network);
    if (loopback == null) {
      loopback =
          !excluded && !networks.containsValue(SIMULATED) ? SIMULATED : "127.76." + (++others);
      networks.put(network, loopback);
    }
    String prefix = m.group(3);
    if (prefix != null && Integer.parseInt(prefix.substring(1)) < NARROWEST) {
      prefix = "/" + NARROWEST;
    }
    return loopback + "." + m.group(2) + (prefix == null ? "" : prefix);
  }
}
