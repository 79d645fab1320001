package io.netaudit.cli;

import io.netaudit.secrets.MaskingTurboFilter;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the command tree and maps every outcome to netaudit's exit codes: picocli's own default of
 * 1 for an exception would collide with "findings".
 */
public final class Cli {
  private Cli() {}

  /** The real process: also takes over SIGINT/SIGTERM (see {@link StopSignals}). */
  public static int run(String... args) {
    StopSignals.install();
    return run(CliContext.system(), args);
  }

  /**
   * The whole command tree with netaudit's parsing settings, not yet configured or run (the help,
   * the man pages, configuration checks).
   */
  static CommandLine tree(CliContext ctx) {
    return tree(ctx, new BundledPreload(), Subcommands.ALL);
  }

  /** The tree {@link #run} builds for these arguments (tests). */
  static CommandLine treeFor(CliContext ctx, String... args) {
    return tree(ctx, new BundledPreload(), Subcommands.neededFor(args));
  }

  /** The tree with only these subcommands ({@link Subcommands#neededFor}). */
  private static CommandLine tree(
      CliContext ctx, BundledPreload bundled, List<Subcommands.Subcommand> subcommands) {
    NetauditCommand root = new NetauditCommand(ctx, bundled);
    CommandLine cl = new CommandLine(root);
    for (Subcommands.Subcommand s : subcommands) {
      cl.addSubcommand(s.name(), s.command().get());
    }
    cl.setOut(new java.io.PrintWriter(ctx.out(), true));
    cl.setErr(new java.io.PrintWriter(ctx.err(), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // One list of exit codes for the root command and scan (annotations cannot share an array).
    for (CommandLine c : List.of(cl, cl.getSubcommands().get("scan"))) {
      c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
      c.getCommandSpec().usageMessage().exitCodeList(ExitCodes.DESCRIPTIONS);
    }
    // Bounded options take their defaults from their definitions; run() layers configuration on.
    cl.setDefaultValueProvider(new BoundedOptions());
    return cl;
  }

  public static int run(CliContext ctx, String... args) {
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      // Answered before the command tree is built: picocli's model of every command and option,
      // the configuration files and logging were two thirds of the start-up of a --version.
      ctx.out().println(VersionProvider.line());
      return ExitCodes.OK;
    }
    // Logging and the built-in data get ready while picocli builds its model (two cores).
    BundledPreload bundled = new BundledPreload().start();
    CommandLine cl = tree(ctx, bundled, Subcommands.neededFor(args));
    NetauditCommand root = cl.getCommand();
    // Logback must have started: SLF4J answers with a stand-in while it starts on another thread,
    // and the masking filter has to go into the real context.
    bundled.awaitLogging();
    // Before any secret is read: from here on, every log line is masked with what this run learns.
    MaskingTurboFilter.install(root.secrets);
    // NO_COLOR (https://no-color.org): any non-empty value turns colour off, whatever the terminal.
    String noColor = ctx.env().get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    ConfigDefaults config = ConfigDefaults.load(cl, ctx.env(), args);
    if (!config.errors().isEmpty()) {
      for (String e : config.errors()) {
        ctx.err().println("netaudit: error: " + e);
      }
      return ExitCodes.USAGE;
    }
    root.config = config;
    cl.setDefaultValueProvider(config);
    cl.setParameterExceptionHandler((e, a) -> parameterError(ctx, e));
    cl.setExecutionStrategy(parseResult -> execute(root, parseResult));
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(ctx, root, e));
    return cl.execute(args);
  }

  /** A bad option or argument: one line, the --help hint, exit 2. */
  private static int parameterError(CliContext ctx, CommandLine.ParameterException e) {
    String suggested =
        e instanceof CommandLine.UnmatchedArgumentException u ? Suggestions.message(u) : null;
    ctx.err()
        .println("netaudit: error: " + (suggested != null ? suggested : firstLine(e.getMessage())));
    ctx.err().println("Try 'netaudit " + commandName(e.getCommandLine()) + "--help' for usage.");
    return ExitCodes.USAGE;
  }

  /** Runs the chosen command, with logging set up first unless only help was asked for. */
  private static int execute(NetauditCommand root, CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult leaf = parseResult;
    boolean helpOnly = helpRequested(leaf);
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
      helpOnly |= helpRequested(leaf);
    }
    if (helpOnly) {
      // --help and --version log nothing: the logging set-up (JUL bridge, SNMP4J's log
      // wiring) is not loaded for them, which keeps them quick to start.
      return new CommandLine.RunLast().execute(parseResult);
    }
    CommandLine.Model.OptionSpec quiet = leaf.commandSpec().findOption("--quiet");
    Logging.configure(
        new Logging.Settings(
            root.verbosity(),
            quiet != null && Boolean.TRUE.equals(quiet.getValue()),
            root.global.logLevel,
            root.global.logFile));
    return new CommandLine.RunLast().execute(parseResult);
  }

  /** What a command threw: one line and the exit code of its kind (a stack trace with -v). */
  private static int failure(CliContext ctx, NetauditCommand root, Exception e) {
    PrintStream err = ctx.err();
    if (e instanceof UsageException) {
      err.println("netaudit: error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof StoreReading.StoreUnavailableException) {
      err.println("netaudit: error: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    if (e instanceof RunLock.HeldException) {
      err.println("netaudit: " + e.getMessage());
      return ExitCodes.LOCKED;
    }
    if (e instanceof InterruptedException) {
      err.println("netaudit: interrupted");
      return ExitCodes.FAILED;
    }
    err.println(
        "netaudit: failed: "
            + firstLine(String.valueOf(e.getMessage()))
            + " ("
            + e.getClass().getSimpleName()
            + ")");
    if (root.verbosity() > 0) {
      e.printStackTrace(err);
    }
    return ExitCodes.FAILED;
  }

  private static boolean helpRequested(CommandLine.ParseResult r) {
    return r.isUsageHelpRequested() || r.isVersionHelpRequested();
  }

  private static String commandName(CommandLine cl) {
    String name = cl.getCommandName();
    return "netaudit".equals(name) ? "" : name + " ";
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
