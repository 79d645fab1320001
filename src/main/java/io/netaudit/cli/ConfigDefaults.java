package io.netaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from configuration, in increasing precedence: the built-in defaults (the
 * annotations', and the bounded options' definitions, {@link BoundedOptions}) &lt; {@code
 * /etc/netaudit/netaudit.conf} &lt; {@code $XDG_CONFIG_HOME/netaudit/netaudit.conf} (else {@code
 * ~/.config/...}) &lt; {@code --config FILE} &lt; the environment ({@code NETAUDIT_<KEY>}, '-' as
 * '_') &lt; command-line flags (picocli asks a default provider only for options not given).
 *
 * <p>A key is the long name of an option of {@code scan} (or a global one such as {@code log-file})
 * without its dashes; it sets that option for {@code scan}, {@code check-config} and {@code policy}
 * (global keys: every command). Every entry is checked when loaded: an unknown key or a bad value
 * is a one-line {@code file:line} error and exit 2, before anything runs.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  static final String SYSTEM_FILE = "/etc/netaudit/netaudit.conf";

  /** Names another system file (packagers, tests); not a config key. */
  static final String SYSTEM_FILE_ENV = "NETAUDIT_SYSTEM_CONFIG";

  static final String ENV_PREFIX = "NETAUDIT_";

  /** Commands whose options take configured defaults. Global keys apply to every command. */
  private static final Set<String> CONFIGURED = Set.of("scan", "check-config", "policy");

  /** Commands that read the history store take only the keys that say which store it is. */
  private static final Set<String> STORE_READERS = Set.of("history", "report");

  private static final Set<String> STORE_KEYS = Set.of("store", "store-password-file");

  /** Options that are not settings: one-shot actions, targets, and the config switch itself. */
  private static final Set<String> NOT_KEYS =
      Set.of(
          "help", "version", "list-targets", "il", "ix", "verbose", "config", "credentials-prompt");

  /**
   * String-typed options that name files: a relative value in a file is taken from that file's
   * directory.
   */
  private static final Set<String> FILE_KEYS = Set.of("output", "exclude-file");

  /** Below every configured value: the bounded options' own defaults. */
  private static final BoundedOptions BUILT_IN = new BoundedOptions();

  private final Map<String, ConfigFile.Entry> values;
  private final Set<String> globalKeys;
  private final List<String> errors;
  private final List<String> sources;

  private ConfigDefaults(
      Map<String, ConfigFile.Entry> values,
      Set<String> globalKeys,
      List<String> errors,
      List<String> sources) {
    this.values = values;
    this.globalKeys = globalKeys;
    this.errors = errors;
    this.sources = sources;
  }

  /**
   * The file layers for this environment, lowest precedence first; {@code explicit} is --config (or
   * null).
   */
  static List<ConfigFile> files(Map<String, String> env, String explicit) {
    List<ConfigFile> files = new ArrayList<>();
    files.add(ConfigFile.read(Path.of(env.getOrDefault(SYSTEM_FILE_ENV, SYSTEM_FILE)), false));
    Path user = userFile(env);
    if (user != null) {
      files.add(ConfigFile.read(user, false));
    }
    if (explicit != null) {
      files.add(ConfigFile.read(Path.of(explicit), true));
    }
    return files;
  }

  static Path userFile(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "netaudit", "netaudit.conf");
    }
    String home = env.get("HOME");
    return home == null || home.isBlank()
        ? null
        : Path.of(home, ".config", "netaudit", "netaudit.conf");
  }

  /**
   * --config FILE or --config=FILE anywhere in the arguments (picocli parses it too, for --help).
   */
  static String explicitConfig(String[] args) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        found = args[++i];
      } else if (args[i].startsWith("--config=")) {
        found = args[i].substring("--config=".length());
      }
    }
    return found;
  }

  /**
   * Reads every layer and checks each entry against the options of {@code root} (the command tree
   * to configure).
   */
  static ConfigDefaults load(CommandLine root, Map<String, String> env, String[] args) {
    Map<String, OptionSpec> options = keyedOptions(root);
    Set<String> global = new java.util.HashSet<>();
    for (OptionSpec o : root.getCommandSpec().options()) {
      String key = key(o);
      if (options.containsKey(key)) {
        global.add(key);
      }
    }
    ConfigValueCheck values = new ConfigValueCheck(root);
    Map<String, ConfigFile.Entry> merged = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (ConfigFile file : files(env, explicitConfig(args))) {
      errors.addAll(file.errors());
      if (!file.entries().isEmpty() || !file.errors().isEmpty()) {
        sources.add(file.path().toString());
      }
      for (ConfigFile.Entry e : file.entries().values()) {
        String value = e.value();
        OptionSpec o = options.get(e.key());
        if (o != null
            && (isPath(o) || FILE_KEYS.contains(e.key()))
            && !value.isEmpty()
            && !"-".equals(value)
            && !Path.of(value).isAbsolute()) {
          Path dir = file.path().toAbsolutePath().getParent();
          value = dir.resolve(value).normalize().toString();
        }
        check(values, options, new ConfigFile.Entry(e.key(), value, e.origin()), merged, errors);
      }
    }
    for (String key : options.keySet()) {
      String name = envName(key);
      String value = env.get(name);
      if (value != null) {
        check(values, options, new ConfigFile.Entry(key, value.strip(), name), merged, errors);
        if (!sources.contains("environment")) {
          sources.add("environment");
        }
      }
    }
    return new ConfigDefaults(merged, global, errors, sources);
  }

  static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  List<String> errors() {
    return errors;
  }

  /** The files (and "environment") that set something, lowest precedence first. */
  List<String> sources() {
    return sources;
  }

  /** The effective configured values with their origins, by key. */
  Map<String, ConfigFile.Entry> values() {
    return new TreeMap<>(values);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec o)) {
      return null;
    }
    String configured = configured(o);
    return configured != null ? configured : BUILT_IN.defaultValue(arg);
  }

  /** The configured value of this option, or null. */
  private String configured(OptionSpec o) {
    String key = key(o);
    ConfigFile.Entry e = values.get(key);
    if (e == null) {
      return null;
    }
    if (globalKeys.contains(key)) {
      return e.value();
    }
    CommandSpec cmd = o.command();
    boolean applies =
        cmd != null
            && (CONFIGURED.contains(cmd.name())
                || (STORE_READERS.contains(cmd.name()) && STORE_KEYS.contains(key)));
    return applies ? e.value() : null;
  }

  /** All keys: the options of every configured command and the root's, by long name. */
  static Map<String, OptionSpec> keyedOptions(CommandLine root) {
    Map<String, OptionSpec> out = new TreeMap<>();
    for (OptionSpec o : root.getCommandSpec().options()) {
      addKey(out, o);
    }
    for (String name : CONFIGURED) {
      CommandLine sub = root.getSubcommands().get(name);
      if (sub != null) {
        for (OptionSpec o : sub.getCommandSpec().options()) {
          addKey(out, o);
        }
      }
    }
    return out;
  }

  private static void addKey(Map<String, OptionSpec> out, OptionSpec o) {
    String key = key(o);
    if (!NOT_KEYS.contains(key) && !o.longestName().equals("-" + key)) {
      out.putIfAbsent(key, o);
    }
  }

  static String key(OptionSpec o) {
    String name = o.longestName();
    return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  private static boolean isPath(OptionSpec o) {
    return o.type() == Path.class || o.type() == java.io.File.class;
  }

  private static boolean isBoolean(OptionSpec o) {
    return o.type() == boolean.class || o.type() == Boolean.class;
  }

  private static void check(
      ConfigValueCheck values,
      Map<String, OptionSpec> options,
      ConfigFile.Entry e,
      Map<String, ConfigFile.Entry> merged,
      List<String> errors) {
    OptionSpec o = options.get(e.key());
    if (o == null) {
      errors.add(
          e.origin()
              + ": unknown key '"
              + e.key()
              + "' (see config/netaudit.conf.example or "
              + "'netaudit scan --help')");
      return;
    }
    String value = e.value();
    if (isBoolean(o)) {
      value =
          switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> "true";
            case "false", "no", "off", "0" -> "false";
            default -> null;
          };
      if (value == null) {
        errors.add(
            e.origin() + ": " + e.key() + ": '" + e.value() + "' is not a boolean (true or false)");
        return;
      }
    } else {
      String problem = values.problem(o, value);
      if (problem != null) {
        errors.add(e.origin() + ": " + e.key() + ": " + problem);
        return;
      }
    }
    merged.put(e.key(), new ConfigFile.Entry(e.key(), value, e.origin()));
  }
}
