package io.netaudit.target;

/**
 * Parses IPv6 literal text into two longs. Hand-written rather than InetAddress.getByName so that a
 * typo can never turn into a DNS query and errors can say exactly what is wrong.
 */
final class Ipv6Text {
  private Ipv6Text() {}

  /** Returns {high, low}. */
  static long[] parse(String text) throws SyntaxProblem {
    if (text.indexOf('%') >= 0) {
      throw new SyntaxProblem("IPv6 zone ids ('%...') are not supported");
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      throw new SyntaxProblem("'::' may appear only once");
    }
    int[] groups = new int[8];
    if (gap < 0) {
      int n = parseGroups(text, groups, true);
      if (n != 8) {
        throw new SyntaxProblem("an IPv6 address has 8 groups, found " + n);
      }
    } else {
      int[] tail = new int[8];
      int left = parseGroups(text.substring(0, gap), groups, false);
      int right = parseGroups(text.substring(gap + 2), tail, true);
      if (left + right > 7) {
        throw new SyntaxProblem("too many groups for an IPv6 address with '::'");
      }
      System.arraycopy(tail, 0, groups, 8 - right, right);
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 4; i++) {
      high = (high << 16) | groups[i];
      low = (low << 16) | groups[i + 4];
    }
    return new long[] {high, low};
  }

  /**
   * Parses colon-separated groups into the start of {@code out}; returns how many 16-bit groups
   * were written. An embedded IPv4 tail (::ffff:1.2.3.4) counts as two groups.
   */
  private static int parseGroups(String part, int[] out, boolean allowIpv4Tail)
      throws SyntaxProblem {
    if (part.isEmpty()) {
      return 0;
    }
    String[] texts = part.split(":", -1);
    int n = 0;
    for (int i = 0; i < texts.length; i++) {
      String group = texts[i];
      boolean last = i == texts.length - 1;
      if (last && allowIpv4Tail && group.indexOf('.') >= 0) {
        if (n + 2 > 8) {
          throw new SyntaxProblem("too many groups for an IPv6 address");
        }
        long v4 = Ipv4Text.parseAddress(group);
        out[n++] = (int) (v4 >>> 16);
        out[n++] = (int) (v4 & 0xFFFF);
        continue;
      }
      if (group.isEmpty()) {
        throw new SyntaxProblem("empty group (a single ':' where '::' or a number belongs)");
      }
      if (group.length() > 4 || !isHex(group)) {
        throw new SyntaxProblem("'" + group + "' is not a 1-4 digit hex group");
      }
      if (n >= 8) {
        throw new SyntaxProblem("an IPv6 address has at most 8 groups");
      }
      out[n++] = Integer.parseInt(group, 16);
    }
    return n;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Explicit ASCII ranges: Character.digit would also accept non-ASCII digits.
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }
}
