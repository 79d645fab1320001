package io.netaudit.target;

/**
 * A bad target spec. {@link #getMessage()} is ONE line naming the offending text and its origin,
 * e.g. {@code invalid target '10.0.0.300' (hosts.txt:4): octet 300 is not in 0-255}, so the CLI can
 * print it as-is instead of a stack trace.
 */
public final class TargetSpecException extends Exception {
  private static final long serialVersionUID = 1L;

  public TargetSpecException(String message) {
    super(message);
  }
}
