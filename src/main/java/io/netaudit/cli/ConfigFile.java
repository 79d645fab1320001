package io.netaudit.cli;

import io.netaudit.text.IniLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One netaudit.conf: {@code key = value} lines ({@code key: value} is not accepted, to keep one
 * form), '#' comments (whole lines, or after a blank at the end of a line: {@code retries = 1 #
 * fewer}; {@link IniLine} has the rule), blank lines, UTF-8, an optional BOM. Keys are the long
 * option names without dashes ({@code timeout = 2s}). Syntax errors are collected with their {@code
 * file:line}; key and value checks are {@link ConfigDefaults}'.
 */
record ConfigFile(Path path, Map<String, Entry> entries, List<String> errors) {
  /**
   * A value and where it came from ({@code /etc/netaudit/netaudit.conf:12}, {@code
   * NETAUDIT_TIMEOUT}).
   */
  record Entry(String key, String value, String origin) {}

  static ConfigFile empty(Path path) {
    return new ConfigFile(path, Map.of(), List.of());
  }

  /**
   * @param required a missing file is an error (--config), not an absent layer (/etc, XDG)
   */
  static ConfigFile read(Path path, boolean required) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return required
          ? new ConfigFile(path, Map.of(), List.of(path + ": no such file"))
          : empty(path);
    } catch (IOException e) {
      return new ConfigFile(
          path, Map.of(), List.of(path + ": cannot read: " + Problems.describe(e)));
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String where = path + ":" + (i + 1);
      IniLine parsed = IniLine.parse(line);
      if (parsed.isBlank()) {
        continue;
      }
      if (parsed.kind() != IniLine.Kind.ENTRY) {
        errors.add(where + ": expected 'key = value', got '" + abbreviate(line.strip()) + "'");
        continue;
      }
      String key = parsed.key().toLowerCase(java.util.Locale.ROOT);
      String value = parsed.value();
      if (key.startsWith("--")) {
        key = key.substring(2);
      }
      Entry previous = entries.put(key, new Entry(key, value, where));
      if (previous != null) {
        errors.add(
            where
                + ": "
                + key
                + " is already set at line "
                + previous.origin().substring(previous.origin().lastIndexOf(':') + 1));
      }
    }
    return new ConfigFile(path, entries, errors);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
