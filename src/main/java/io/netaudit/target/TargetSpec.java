package io.netaudit.target;

import java.util.Objects;

/**
 * One target or exclude expression and where it came from, e.g. origin "command line",
 * "hosts.txt:12", "--exclude", "--exclude-file ex.txt:3". The origin is carried so that every error
 * can point the user at the exact line or option to fix.
 */
public record TargetSpec(String text, String origin) {
  public TargetSpec {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }
}
