package io.netaudit.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Literal text that every match of a regular expression contains: one piece per top-level
 * alternative ({@code \bVRP Software Version\b|\bQuidway\b} needs "vrp software version" or
 * "quidway"). A text that contains none of them cannot match, so the regex need not run: matching a
 * sysDescr against every rule and fingerprint (word boundaries and Unicode case are slow) was most
 * of a sweep's identification time, and a sysDescr contains the literal of only a few.
 *
 * <p>Conservative by construction, since a skipped rule could be a missed Huawei: only plain
 * characters outside any group, class or quantifier count, a quantified character ends a piece, and
 * anything not understood ends it too. A pattern compiled with {@link Pattern#COMMENTS} or {@link
 * Pattern#LITERAL}, or with an alternative that leaves fewer than {@link #MINIMUM} characters, gets
 * no pieces ({@link #ANY}: always run the regex). The test ignores case, which is at least as wide
 * as any pattern's own case rule; it is only applied to ASCII text, where Unicode case folding
 * ({@code ſ} for {@code s}, the Kelvin sign for {@code k}) cannot arise.
 */
final class RequiredText {
  /** The shortest piece worth testing for. */
  static final int MINIMUM = 3;

  /** Escapes of two characters that stand for a class or a control character, not a literal. */
  private static final String ONE_CHARACTER_ESCAPES = "dDsSwWhHvVRXzZtnrfae";

  /** No known requirement: every text may match. */
  static final RequiredText ANY = new RequiredText(List.of());

  /** Lower-case ASCII pieces; empty for {@link #ANY}. */
  private final List<String> pieces;

  private RequiredText(List<String> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  /** The pieces every match of {@code p} contains, or {@link #ANY}. */
  static RequiredText of(Pattern p) {
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
      return ANY;
    }
    String regex = p.pattern();
    if (regex.contains("(?") && hasInlineComments(regex)) {
      return ANY;
    }
    List<String> pieces = new ArrayList<>();
    for (String alternative : topLevelAlternatives(regex)) {
      String piece = longestPiece(alternative);
      if (piece == null || piece.length() < MINIMUM) {
        return ANY;
      }
      pieces.add(piece.toLowerCase(Locale.ROOT));
    }
    return pieces.isEmpty() ? ANY : new RequiredText(pieces);
  }

  /** The pieces, for tests and diagnostics. */
  List<String> pieces() {
    return pieces;
  }

  /**
   * {@code text} folded for {@link #mayMatch}: lower-case when it is ASCII, null when it is not
   * (then every pattern may match it).
   */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return null;
      }
    }
    return text.toLowerCase(Locale.ROOT);
  }

  /** False only when a text folded by {@link #fold} certainly has no match. */
  boolean mayMatch(String folded) {
    if (pieces.isEmpty() || folded == null) {
      return true;
    }
    for (String piece : pieces) {
      if (folded.contains(piece)) {
        return true;
      }
    }
    return false;
  }

  /** An inline flag group that turns on comments mode ({@code (?x)}, {@code (?ix:...)}). */
  private static boolean hasInlineComments(String regex) {
    for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 2)) {
      int j = i + 2;
      while (j < regex.length() && Character.isLetter(regex.charAt(j))) {
        if (regex.charAt(j) == 'x') {
          return true;
        }
        j++;
      }
    }
    return false;
  }

  /**
   * The alternatives of {@code regex} at depth 0 (outside groups and classes); null when the
   * brackets do not balance.
   */
  private static List<String> topLevelAlternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closing(regex, i);
        if (i < 0) {
          return List.of();
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    if (depth != 0) {
      return List.of();
    }
    out.add(regex.substring(start));
    return out;
  }

  /**
   * The longest run of literal characters that every match of {@code alternative} (with no
   * top-level {@code |}) contains; null when a construct is not understood.
   */
  private static String longestPiece(String alternative) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < alternative.length()) {
      char c = alternative.charAt(i);
      int next;
      Character literal = null;
      if (c == '\\') {
        if (i + 1 >= alternative.length()) {
          return null;
        }
        char e = alternative.charAt(i + 1);
        next = i + 2;
        if (!Character.isLetterOrDigit(e) && e < 0x80) {
          literal = e; // an escaped punctuation character stands for itself
        } else if (e == 'b' || e == 'B' || e == 'A' || e == 'G') {
          // Zero-width: the characters around it are still next to each other in the text.
          i = next;
          continue;
        } else if (ONE_CHARACTER_ESCAPES.indexOf(e) < 0) {
          // \x41, \u0041, \p{L}, \Q...\E, back references: longer than two characters, or
          // more than they look; not worth reading.
          return null;
        }
      } else if (c == '[') {
        next = closing(alternative, i) + 1;
        if (next <= 0) {
          return null;
        }
      } else if (c == '(') {
        next = closing(alternative, i) + 1;
        if (next <= 0) {
          return null;
        }
      } else if (Character.isLetterOrDigit(c) && c < 0x80
          || " !\"#%&',-/:;<=>@_`~".indexOf(c) >= 0) {
        literal = c;
        next = i + 1;
      } else {
        next = i + 1; // . ^ $ and anything else: not a literal character
      }
      int afterQuantifier = quantifierEnd(alternative, next);
      boolean quantified = afterQuantifier > next;
      boolean atLeastOnce =
          quantified && alternative.charAt(next) == '+'
              || quantified
                  && alternative.charAt(next) == '{'
                  && minimumAtLeastOne(alternative, next);
      if (literal != null && (!quantified || atLeastOnce)) {
        run.append(literal.charValue());
      }
      if (literal == null || quantified) {
        if (run.length() > best.length()) {
          best = run.toString();
        }
        run.setLength(0);
      }
      i = afterQuantifier;
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  /**
   * Where the quantifier at {@code i} (with a lazy or possessive suffix) ends; {@code i} if none.
   */
  private static int quantifierEnd(String s, int i) {
    if (i >= s.length()) {
      return i;
    }
    char c = s.charAt(i);
    int end;
    if (c == '?' || c == '*' || c == '+') {
      end = i + 1;
    } else if (c == '{') {
      int close = s.indexOf('}', i);
      if (close < 0 || !s.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
        return i; // a literal brace
      }
      end = close + 1;
    } else {
      return i;
    }
    if (end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+')) {
      end++;
    }
    return end;
  }

  private static boolean minimumAtLeastOne(String s, int brace) {
    String inside = s.substring(brace + 1, s.indexOf('}', brace));
    int comma = inside.indexOf(',');
    return Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma)) >= 1;
  }

  /**
   * The index of the bracket that closes the class ({@code [}) or group ({@code (}) opened at
   * {@code open}; -1 if none. As in Java, a {@code ]} first in a class ({@code []a]}, {@code
   * [^]a]}) is a member, and a group skips the classes within it.
   */
  private static int closing(String s, int open) {
    boolean inClass = s.charAt(open) == '[';
    char opening = inClass ? '[' : '(';
    char closing = inClass ? ']' : ')';
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && !inClass) {
        i = closing(s, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == opening) {
        depth++;
      } else if (c == closing && !(inClass && firstInClass(s, open, i))) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean firstInClass(String s, int open, int i) {
    return i == open + 1 || i == open + 2 && s.charAt(open + 1) == '^';
  }
}
