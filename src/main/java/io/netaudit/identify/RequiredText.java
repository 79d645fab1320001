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

  /** Punctuation that stands for itself outside a class (without COMMENTS). */
  private static final String LITERALS = " !\"#%&',-/:;<=>@_`~";

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
      Atom atom = atomAt(alternative, i);
      if (atom == null) {
        return null;
      }
      if (atom.zeroWidth()) {
        i = atom.end(); // the characters around it are still next to each other in the text
        continue;
      }
      int afterQuantifier = quantifierEnd(alternative, atom.end());
      boolean quantified = afterQuantifier > atom.end();
      boolean atLeastOnce =
          quantified && alternative.charAt(atom.end()) == '+'
              || quantified
                  && alternative.charAt(atom.end()) == '{'
                  && minimumAtLeastOne(alternative, atom.end());
      if (atom.literal() && (!quantified || atLeastOnce)) {
        run.append(atom.character());
      }
      if (!atom.literal() || quantified) {
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
   * One element of a pattern, before its quantifier: a literal character, a zero-width assertion,
   * or anything else (a class, a group, a wildcard), ending at {@code end}.
   */
  private record Atom(int end, boolean literal, char character, boolean zeroWidth) {}

  /** The element at {@code i}; null when it is not understood. */
  private static Atom atomAt(String s, int i) {
    char c = s.charAt(i);
    if (c == '\\') {
      if (i + 1 >= s.length()) {
        return null;
      }
      char e = s.charAt(i + 1);
      if (!Character.isLetterOrDigit(e) && e < 0x80) {
        return new Atom(i + 2, true, e, false); // escaped punctuation stands for itself
      }
      if (e == 'b' || e == 'B' || e == 'A' || e == 'G') {
        return new Atom(i + 2, false, e, true);
      }
      // \x41, \u0041, \p{L}, \Q...\E, back references: longer than two characters, or more
      // than they look; not worth reading.
      return ONE_CHARACTER_ESCAPES.indexOf(e) < 0 ? null : new Atom(i + 2, false, e, false);
    }
    if (c == '[' || c == '(') {
      int close = closing(s, i);
      return close < 0 ? null : new Atom(close + 1, false, c, false);
    }
    boolean literal = Character.isLetterOrDigit(c) && c < 0x80 || LITERALS.indexOf(c) >= 0;
    return new Atom(i + 1, literal, c, false); // . ^ $ and the like are not literal
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
