package io.netaudit.report;

/** Small text rules the row records share. */
final class Texts {
  private Texts() {}

  /** Absent text is "" in a row, never null. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** s without a high surrogate left alone at its end (after cutting it short). */
  static String wellFormed(String s) {
    return !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))
        ? s.substring(0, s.length() - 1)
        : s;
  }
}
