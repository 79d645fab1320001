package io.netaudit.agent;

import java.io.IOException;

/** A recording that cannot be served at all (no usable line); single bad lines are only counted. */
public final class SnmprecException extends IOException {
  private static final long serialVersionUID = 1L;

  public SnmprecException(String message) {
    super(message);
  }
}
