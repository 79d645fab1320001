package io.netaudit.target;

/**
 * Builds the one-line user-facing error messages. Control characters in user text are escaped so a
 * stray newline or escape sequence in a target file cannot break or forge terminal output.
 */
final class Messages {
  private Messages() {}

  /**
   * @param piece the failing item of a comma list, or null when the whole spec is at fault
   */
  static TargetSpecException invalid(TargetSpec spec, String piece, String reason) {
    String whole = spec.text().trim();
    String what =
        piece == null || piece.equals(whole) ? quote(whole) : quote(piece) + " in " + quote(whole);
    return new TargetSpecException(
        oneLine("invalid target " + what + " (" + spec.origin() + "): " + reason));
  }

  static TargetSpecException unresolvable(TargetSpec spec, String host) {
    return new TargetSpecException(
        oneLine("cannot resolve host " + quote(host) + " (" + spec.origin() + ")"));
  }

  static String quote(String text) {
    return "'" + text + "'";
  }

  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
