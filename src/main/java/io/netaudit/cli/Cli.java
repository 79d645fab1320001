package io.netaudit.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/**
 * Builds the command tree and maps every outcome to netaudit's exit codes: picocli's own default
 * of 1 for an exception would collide with "findings".
 */
public final class Cli {
  private Cli() {}

  public static int run(String... args) {
    return run(CliContext.system(), args);
  }

  public static int run(CliContext ctx, String... args) {
    NetauditCommand root = new NetauditCommand(ctx);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new java.io.PrintWriter(ctx.out(), true));
    cl.setErr(new java.io.PrintWriter(ctx.err(), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      ctx.err().println("netaudit: error: " + firstLine(e.getMessage()));
      ctx.err().println("Try 'netaudit " + commandName(e.getCommandLine()) + "--help' for usage.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionStrategy(parseResult -> {
      Logging.configure(root.verbosity());
      return new CommandLine.RunLast().execute(parseResult);
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintStream err = ctx.err();
      if (e instanceof UsageException) {
        err.println("netaudit: error: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (e instanceof InterruptedException) {
        err.println("netaudit: interrupted");
        return ExitCodes.FAILED;
      }
      err.println("netaudit: failed: " + firstLine(String.valueOf(e.getMessage())) + " (" + e.getClass().getSimpleName() + ")");
      if (root.verbosity() > 0) {
        e.printStackTrace(err);
      }
      return ExitCodes.FAILED;
    });
    return cl.execute(args);
  }

  private static String commandName(CommandLine cl) {
    String name = cl.getCommandName();
    return "netaudit".equals(name) ? "" : name + " ";
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
