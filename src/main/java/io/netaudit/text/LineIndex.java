package io.netaudit.text;

import java.util.Arrays;
import org.apache.commons.csv.CSVRecord;

/**
 * The line a record starts on. Commons CSV reports where it began to read a record, which is before
 * the comment and empty lines it skipped to get there, so those are stepped over here (the same
 * lines it skips: empty, or starting with {@code #}).
 */
final class LineIndex {
  private final String text;
  private final int[] starts;

  LineIndex(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, n);
  }

  int lineOf(CSVRecord record) {
    int pos = (int) Math.min(record.getCharacterPosition(), text.length());
    int idx = Arrays.binarySearch(starts, pos);
    int line = idx >= 0 ? idx : -idx - 2;
    // The position is a line start unless a record ended in mid-line, which RFC 4180 cannot do.
    while (line + 1 < starts.length && skipped(starts[line])) {
      line++;
    }
    return line + 1;
  }

  private boolean skipped(int start) {
    if (start >= text.length()) {
      return false;
    }
    char c = text.charAt(start);
    return c == '\r' || c == '\n' || c == '#';
  }
}
