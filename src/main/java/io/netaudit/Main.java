package io.netaudit;

/** Entry point: all behaviour lives in the picocli commands of {@code io.netaudit.cli}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(io.netaudit.cli.Cli.run(args));
  }
}
