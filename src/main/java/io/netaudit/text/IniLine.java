package io.netaudit.text;

/**
 * One line of the project's INI-style files (netaudit.conf, the credentials file), as admins write
 * them, with one rule for comments in both:
 *
 * <ul>
 *   <li>a line whose first non-blank character is {@code #} (or {@code ;}) is a comment;
 *   <li>{@code key = value # comment}: a {@code #} that follows white space ends the value (so
 *       README's {@code community-file = communities.txt # relative ...} works), while a {@code #}
 *       inside a word is part of it ({@code n0c#read});
 *   <li>{@code [label] # comment}: a section header may carry a comment too;
 *   <li>{@code key = "a value # with a hash"}: a value in double quotes is taken as written, for
 *       the rare value that needs " #" or leading/trailing blanks (a passphrase); inside the quotes
 *       {@code \"} is a quote and {@code \\} a backslash.
 * </ul>
 *
 * Pure text: it knows no keys; the files' readers check them. Never throws: a malformed line is a
 * {@link Kind#MALFORMED} result with the reason.
 */
public record IniLine(Kind kind, String key, String value, String problem) {
  /** What a line is. */
  public enum Kind {
    BLANK,
    SECTION,
    ENTRY,
    MALFORMED
  }

  /** A blank line or a whole-line comment. */
  public boolean isBlank() {
    return kind == Kind.BLANK;
  }

  /** The header's label (for {@link Kind#SECTION}), stripped. */
  public String section() {
    return kind == Kind.SECTION ? key : null;
  }

  /** Reads one line (without its line terminator). */
  public static IniLine parse(String raw) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
      return new IniLine(Kind.BLANK, null, null, null);
    }
    if (line.startsWith("[")) {
      String header = withoutComment(line);
      if (!header.endsWith("]")) {
        return malformed("a header is [label] (a # comment may follow it)");
      }
      return new IniLine(
          Kind.SECTION, header.substring(1, header.length() - 1).strip(), null, null);
    }
    int eq = line.indexOf('=');
    if (eq <= 0) {
      return malformed("expected 'key = value' or [label]");
    }
    String key = line.substring(0, eq).strip();
    String rest = line.substring(eq + 1).strip();
    if (rest.startsWith("\"")) {
      return quoted(key, rest);
    }
    return new IniLine(Kind.ENTRY, key, withoutComment(rest), null);
  }

  /** The text before the first '#' that follows white space (or starts the text), stripped. */
  static String withoutComment(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
        return s.substring(0, i).strip();
      }
    }
    return s.strip();
  }

  private static IniLine quoted(String key, String rest) {
    StringBuilder value = new StringBuilder();
    int i = 1;
    for (; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\\'
          && i + 1 < rest.length()
          && (rest.charAt(i + 1) == '"' || rest.charAt(i + 1) == '\\')) {
        value.append(rest.charAt(++i));
      } else if (c == '"') {
        break;
      } else {
        value.append(c);
      }
    }
    if (i >= rest.length()) {
      return malformed("the value of '" + key + "' opens a double quote and does not close it");
    }
    String after = rest.substring(i + 1).strip();
    if (!after.isEmpty() && !after.startsWith("#")) {
      return malformed("only a # comment may follow the quoted value of '" + key + "'");
    }
    return new IniLine(Kind.ENTRY, key, value.toString(), null);
  }

  private static IniLine malformed(String why) {
    return new IniLine(Kind.MALFORMED, null, null, why);
  }
}
