package io.netaudit.scan;

/** The RFC 3416 names of SNMP error-status values, as admins know them from agents' logs. */
final class ErrorStatus {
  private static final String[] NAMES = {
    "noError",
    "tooBig",
    "noSuchName",
    "badValue",
    "readOnly",
    "genErr",
    "noAccess",
    "wrongType",
    "wrongLength",
    "wrongEncoding",
    "wrongValue",
    "noCreation",
    "inconsistentValue",
    "resourceUnavailable",
    "commitFailed",
    "undoFailed",
    "authorizationError",
    "notWritable",
    "inconsistentName"
  };

  private ErrorStatus() {}

  static String name(int status) {
    return status >= 0 && status < NAMES.length ? NAMES[status] : "error-status " + status;
  }
}
