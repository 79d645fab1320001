package io.netaudit.target;

import java.util.BitSet;

/** Parses IPv4 text: plain dotted quads and nmap octet-range fields. No DNS, ever. */
final class Ipv4Text {
  private Ipv4Text() {}

  /**
   * True when {@code text} has exactly four dot-separated fields made only of octet-field
   * characters; such text is one octet-range spec even if it contains commas (10.0.0.1,5,9).
   */
  static boolean looksLikeOctetPattern(String text) {
    String[] fields = text.split("\\.", -1);
    if (fields.length != 4) {
      return false;
    }
    for (String field : fields) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (!isDigit(c) && c != '-' && c != ',' && c != '*') {
          return false;
        }
      }
    }
    return true;
  }

  /** True for text made only of digits and dots: a wrong field count, not a host name. */
  static boolean looksNumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isDigit(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Parses a plain dotted quad (no ranges) to its 32-bit value. */
  static long parseAddress(String text) throws SyntaxProblem {
    String[] fields = text.split("\\.", -1);
    if (fields.length != 4) {
      throw new SyntaxProblem("an IPv4 address has 4 dot-separated fields, found " + fields.length);
    }
    long value = 0;
    for (int i = 0; i < 4; i++) {
      if (fields[i].isEmpty()) {
        throw new SyntaxProblem("field " + (i + 1) + " is empty");
      }
      value = (value << 8) | parseOctet(fields[i]);
    }
    return value;
  }

  /** Parses four octet fields (numbers, a-b, -b, a-, *, comma lists) into a pattern. */
  static OctetPattern parsePattern(String text) throws SyntaxProblem {
    String[] fields = text.split("\\.", -1);
    if (fields.length != 4) {
      throw new SyntaxProblem("an IPv4 address has 4 dot-separated fields, found " + fields.length);
    }
    int[][] values = new int[4][];
    for (int i = 0; i < 4; i++) {
      if (fields[i].isEmpty()) {
        throw new SyntaxProblem("field " + (i + 1) + " is empty");
      }
      values[i] = parseField(fields[i]);
    }
    return new OctetPattern(values);
  }

  private static int[] parseField(String field) throws SyntaxProblem {
    BitSet set = new BitSet(256);
    for (String item : field.split(",", -1)) {
      if (item.isEmpty()) {
        throw new SyntaxProblem("empty item in list '" + field + "'");
      }
      addItem(item, set);
    }
    return set.stream().toArray();
  }

  private static void addItem(String item, BitSet set) throws SyntaxProblem {
    if (item.equals("*")) {
      set.set(0, 256);
      return;
    }
    int dash = item.indexOf('-');
    if (dash < 0) {
      set.set(parseOctet(item));
      return;
    }
    if (item.indexOf('-', dash + 1) >= 0 || item.indexOf('*') >= 0) {
      throw new SyntaxProblem("'" + item + "' is not a number or range");
    }
    // An open end implies 255 as in nmap ("250-" is 250-255, "-" is 0-255). An open start with a
    // number ("-5") reads as a negative octet to anyone but nmap, so it is refused: write 0-5.
    String from = item.substring(0, dash);
    String to = item.substring(dash + 1);
    if (from.isEmpty() && !to.isEmpty()) {
      throw new SyntaxProblem(
          "'" + item + "' looks like a negative octet; write the range as 0-" + to);
    }
    int low = from.isEmpty() ? 0 : parseOctet(from);
    int high = to.isEmpty() ? 255 : parseOctet(to);
    if (low > high) {
      throw new SyntaxProblem("range " + item + " is reversed");
    }
    set.set(low, high + 1);
  }

  private static int parseOctet(String digits) throws SyntaxProblem {
    if (digits.isEmpty() || !digits.chars().allMatch(Ipv4Text::isDigit)) {
      throw new SyntaxProblem("'" + digits + "' is not a number");
    }
    // inet_aton reads a leading zero as octal (010 = 8) while others read decimal: never guess.
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new SyntaxProblem(
          "octet "
              + digits
              + " has a leading zero (octal to some tools, decimal to others); "
              + "write it without the zero");
    }
    // Length check first so huge numbers cannot overflow parseInt.
    if (digits.length() > 3 || Integer.parseInt(digits) > 255) {
      throw new SyntaxProblem("octet " + digits + " is not in 0-255");
    }
    return Integer.parseInt(digits);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
