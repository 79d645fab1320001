package io.netaudit.identify;

/**
 * A catalogue file is missing or wrong; the message is one line, {@code "file:line: what is
 * wrong"}.
 */
public class VendorCatalogueException extends Exception {
  private static final long serialVersionUID = 1L;

  public VendorCatalogueException(String message) {
    super(message);
  }

  public VendorCatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
