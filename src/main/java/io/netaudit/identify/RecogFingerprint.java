package io.netaudit.identify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <fingerprint>} of a Rapid7 Recog database ({@code config/recog/}): a regular
 * expression over sysDescr (or sysObjectID), the parameters it sets ({@code hw.vendor}, {@code
 * os.vendor}, {@code os.family}, ...: a fixed value, or the text a capture group matched) and the
 * example strings Recog ships with it. Recog writes Ruby regexes; {@link RecogDatabase} compiles
 * them with the flags that give Java Ruby's meaning ({@code ^}/{@code $} at every {@code \n}).
 */
public record RecogFingerprint(
    String database,
    int line,
    String patternText,
    Pattern pattern,
    String description,
    List<Param> params,
    List<Example> examples,
    Literal literal) {

  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z0-9_.]+)\\}");

  /** A parameter: {@code pos} 0 with a fixed {@code value}, or the capture group {@code pos}. */
  public record Param(int pos, String name, String value) {}

  /** An {@code <example>}: the text and the parameter values Recog expects from it. */
  public record Example(String text, Map<String, String> expected) {}

  /**
   * The literal text the pattern must find at the start of the text ({@code \\A}) or of a line
   * ({@code ^}) before anything else: a cheap test that rules most fingerprints out before their
   * regex runs. {@code text} is empty when the pattern does not start so.
   */
  public record Literal(String text, boolean ignoreCase, boolean textStartOnly, boolean anchored) {
    static final Literal NONE = new Literal("", false, false, false);

    /** The literal of an anchored pattern that starts with no literal text ({@code ^(\\S+) }). */
    static Literal anchoredOnly(boolean textStartOnly) {
      return new Literal("", false, textStartOnly, true);
    }

    /** The letters and digits in {@code text}. */
    int letters() {
      return (int) text.chars().filter(Character::isLetterOrDigit).count();
    }

    /** False only when {@code s} certainly has no match. */
    boolean mayMatch(String s) {
      if (text.isEmpty()) {
        return true;
      }
      int at = 0;
      while (true) {
        if (s.regionMatches(ignoreCase, at, text, 0, text.length())) {
          return true;
        }
        int next = s.indexOf('\n', at);
        if (textStartOnly || next < 0) {
          return false;
        }
        at = next + 1;
      }
    }

    /**
     * The anchored literal prefix of a Recog pattern: inline flags skipped ({@code (?i)} makes it
     * case-blind), then {@code ^} or {@code \\A}, then plain or escaped characters up to the first
     * group, class, wildcard or quantifier (a quantified last character is dropped).
     */
    static Literal of(String pattern, boolean ignoreCase) {
      String p = pattern;
      boolean ci = ignoreCase;
      Matcher flags = INLINE_FLAGS.matcher(p);
      while (flags.lookingAt()) {
        ci |= flags.group(1).contains("i");
        p = p.substring(flags.end());
        flags = INLINE_FLAGS.matcher(p);
      }
      boolean textStart = p.startsWith("\\A");
      if (!textStart && !p.startsWith("^")) {
        return NONE;
      }
      p = p.substring(textStart ? 2 : 1);
      StringBuilder lit = new StringBuilder();
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\\' && i + 1 < p.length() && !Character.isLetterOrDigit(p.charAt(i + 1))) {
          lit.append(p.charAt(++i));
        } else if (Character.isLetterOrDigit(c) || " -/:,;'\"&=_@#!%<>~`".indexOf(c) >= 0) {
          lit.append(c);
        } else {
          if ("?*{".indexOf(c) >= 0 && lit.length() > 0) {
            lit.setLength(lit.length() - 1); // the quantifier makes the last character optional
          }
          break;
        }
      }
      return lit.length() == 0
          ? anchoredOnly(textStart)
          : new Literal(lit.toString(), ci, textStart, true);
    }
  }

  private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?([a-z]+)\\)");

  public RecogFingerprint {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(literal, "literal");
    params = List.copyOf(params);
    examples = List.copyOf(examples);
  }

  /**
   * The parameters a match sets: fixed values (with Recog's {@code {name}} references to other
   * parameters filled in) and the text each capture group matched.
   */
  public Map<String, String> values(Matcher m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Param p : params) {
      if (p.pos() == 0) {
        out.put(p.name(), p.value());
      } else if (p.pos() <= m.groupCount() && m.group(p.pos()) != null) {
        out.put(p.name(), m.group(p.pos()).strip());
      }
    }
    out.replaceAll((name, value) -> interpolate(value, out));
    return out;
  }

  private static String interpolate(String value, Map<String, String> values) {
    Matcher ref = REFERENCE.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (ref.find()) {
      String v = values.get(ref.group(1));
      ref.appendReplacement(sb, Matcher.quoteReplacement(v == null ? ref.group() : v));
    }
    return ref.appendTail(sb).toString();
  }

  /** The matcher of the first match in {@code text}, if any. */
  public Optional<Matcher> match(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (!literal.mayMatch(text)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    if (!literal.anchored()) {
      return m.find() ? Optional.of(m) : Optional.empty();
    }
    // Anchored at the start of the text or of a line: try only there, not at every position.
    int at = 0;
    while (true) {
      if (literal.text().isEmpty()
          || text.regionMatches(
              literal.ignoreCase(), at, literal.text(), 0, literal.text().length())) {
        m.region(at, text.length());
        if (m.lookingAt()) {
          return Optional.of(m);
        }
      }
      int next = text.indexOf('\n', at);
      if (literal.textStartOnly() || next < 0) {
        return Optional.empty();
      }
      at = next + 1;
    }
  }

  /**
   * The lowest {@code hw.certainty} or {@code os.certainty} the fingerprint declares, 1 when it
   * declares none (Recog's default).
   */
  public double certainty() {
    double c = 1.0;
    for (Param p : params) {
      if (p.pos() == 0 && p.name().endsWith(".certainty")) {
        try {
          c = Math.min(c, Double.parseDouble(p.value()));
        } catch (NumberFormatException e) {
          c = 0; // an unreadable certainty is no certainty
        }
      }
    }
    return c;
  }

  /**
   * True when the pattern is anchored at the start of the text or a line and begins with literal
   * text of at least {@code minimum} letters or digits: {@code ^3Com IntelliJack (\\S+)$} names its
   * product; {@code ^(\\S+) (\\S+)} or {@code .*Xerox} does not.
   */
  public boolean anchoredLiteral(int minimum) {
    return literal.letters() >= minimum;
  }
}
