package io.netaudit.target;

/** RFC 1123 host name syntax, checked before the resolver so junk never reaches DNS. */
final class HostNames {
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABEL = 63;

  private HostNames() {}

  static void validate(String name) throws SyntaxProblem {
    // A single trailing dot (fully qualified form) is legal.
    String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (body.isEmpty()) {
      throw new SyntaxProblem("not an address or host name");
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!isLetterOrDigit(c) && c != '-' && c != '.') {
        throw new SyntaxProblem(describe(c) + " is not allowed in a host name");
      }
    }
    if (body.length() > MAX_LENGTH) {
      throw new SyntaxProblem("host name is longer than " + MAX_LENGTH + " characters");
    }
    String[] labels = body.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty()) {
        throw new SyntaxProblem("host name has an empty label");
      }
      if (label.length() > MAX_LABEL) {
        throw new SyntaxProblem("host name label is longer than " + MAX_LABEL + " characters");
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        throw new SyntaxProblem("host name label '" + label + "' starts or ends with '-'");
      }
    }
    // An all-numeric last label is never a real name (RFC 3696) and is almost always a
    // mistyped IPv4 address; refusing it keeps "1.2.3" from being sent to DNS.
    if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SyntaxProblem("not an IPv4 address and not a host name (numeric last label)");
    }
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static String describe(char c) {
    if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || c > 0x7e) {
      return String.format("character U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
