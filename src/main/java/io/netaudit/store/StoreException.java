package io.netaudit.store;

/**
 * The store could not do what was asked. The kind tells the caller what to do: a run that cannot
 * reach or write its store goes to the spool; a store this netaudit must not touch stops the run.
 */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the store failed. */
  public enum Kind {
    /** The location is not a store URL, or names something that cannot be a store. */
    BAD_LOCATION,
    /** The database cannot be reached or refused the connection (server down, bad password). */
    UNREACHABLE,
    /** Its schema was written by a newer netaudit: this one must not write into it. */
    NEWER_SCHEMA,
    /** A statement failed (disk full, lost connection mid-write, constraint, ...). */
    FAILED
  }

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public StoreException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** A failed statement, as UNREACHABLE when the connection itself failed (SQLSTATE class 08). */
  static StoreException of(String what, java.sql.SQLException e) {
    String state = e.getSQLState();
    Kind kind = state != null && state.startsWith("08") ? Kind.UNREACHABLE : Kind.FAILED;
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new StoreException(kind, what + ": " + why.lines().findFirst().orElse(why), e);
  }
}
