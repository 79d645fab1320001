package io.netaudit.policy;

/**
 * A policy that cannot be used. The message is one line, "file:line: problem" (or "file: problem"
 * when the whole file is at fault), so the CLI can print it as is and exit 2.
 */
public final class PolicyException extends Exception {
  PolicyException(String message) {
    super(message);
  }

  static PolicyException at(String file, int line, String problem) {
    return new PolicyException(file + ":" + line + ": " + problem);
  }

  static PolicyException inFile(String file, String problem) {
    return new PolicyException(file + ": " + problem);
  }
}
