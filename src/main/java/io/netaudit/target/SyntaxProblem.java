package io.netaudit.target;

/**
 * Internal: the reason a piece of text is not a valid target. Carries only the reason; {@link
 * SpecParser} adds the text and origin so every low-level parser stays context-free. No stack trace
 * because it is an expected outcome of user input, never a bug.
 */
final class SyntaxProblem extends Exception {
  private static final long serialVersionUID = 1L;

  SyntaxProblem(String reason) {
    super(reason, null, false, false);
  }
}
