package io.netaudit.report;

/** Small text rules the row records share. */
final class Texts {
  private Texts() {}

  /** Absent text is "" in a row, never null. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
