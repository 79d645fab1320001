package io.netaudit.diff;

/** The file is not a netaudit CSV report (or is damaged); the message is one line for the user. */
public final class ReportFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReportFormatException(String message) {
    super(message, null, false, false);
  }
}
