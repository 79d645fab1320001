package io.netaudit.cli;

/** Placeholder until the command tree lands. */
public final class Cli {
  private Cli() {}

  public static int run(String... args) {
    return 0;
  }
}
