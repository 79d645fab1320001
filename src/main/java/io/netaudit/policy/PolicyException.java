package io.netaudit.policy;

import io.netaudit.text.CsvTable;
import io.netaudit.text.CsvTableException;

/**
 * A policy that cannot be used. The message is one line, "file:line: problem" (or "file: problem"
 * when the whole file is at fault), so the CLI can print it as is and exit 2.
 */
public final class PolicyException extends Exception {
  PolicyException(String message) {
    super(message);
  }

  static PolicyException at(CsvTable.Row row, String problem) {
    return new PolicyException(row.at(problem));
  }

  /** A file the CSV reader could not read; its message is already "file:line: problem". */
  static PolicyException of(CsvTableException e) {
    return new PolicyException(e.getMessage());
  }

  static PolicyException inFile(String file, String problem) {
    return new PolicyException(file + ": " + problem);
  }
}
