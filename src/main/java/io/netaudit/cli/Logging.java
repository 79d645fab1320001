package io.netaudit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import io.netaudit.scan.Snmp4jLogging;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/**
 * Routes SNMP4J's java.util.logging output into Logback (it is silent otherwise, hiding its
 * warnings about spoofed replies), sets levels from -q/-v/--log-level, and sends events to stderr
 * or, with --log-file, to a rolling file. Only the CLI touches logging. Stack traces only with -v.
 */
final class Logging {
  /**
   * Rollover of --log-file: daily and at this size; this many files and this much in all are kept.
   */
  static final String MAX_FILE_SIZE = "10MB";

  static final int MAX_HISTORY = 14;
  static final String TOTAL_SIZE_CAP = "100MB";

  private Logging() {}

  /**
   * @param level --log-level (null: warn on stderr, info in the file)
   * @param logFile --log-file (null: stderr only)
   */
  record Settings(int verbosity, boolean quiet, String level, Path logFile) {}

  static void configure(int verbosity) {
    configure(new Settings(verbosity, false, null, null));
  }

  static void configure(Settings s) {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    Snmp4jLogging.routeToJavaLogging();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Level configured = s.level() == null ? null : Level.toLevel(s.level(), Level.WARN);
    Level stderrLevel =
        s.quiet()
            ? Level.ERROR
            : s.verbosity() >= 2
                ? Level.DEBUG
                : s.verbosity() == 1 ? Level.INFO : configured != null ? configured : Level.WARN;
    if (s.logFile() != null && s.verbosity() == 0) {
      stderrLevel = Level.ERROR; // the events go to the file; stderr keeps what cron must mail
    }
    Level fileLevel =
        s.verbosity() >= 2 ? Level.DEBUG : configured != null ? configured : Level.INFO;
    String exceptions = s.verbosity() > 0 ? "%ex" : "%nopex";

    root.detachAndStopAllAppenders();
    root.addAppender(stderr(context, stderrLevel, exceptions));
    Level lowest = stderrLevel;
    if (s.logFile() != null) {
      root.addAppender(file(context, s.logFile(), fileLevel, exceptions));
      lowest = fileLevel.isGreaterOrEqual(lowest) ? lowest : fileLevel;
    }
    root.setLevel(lowest);
    // SNMP4J's debug output includes whole PDUs and targets (with communities): never below INFO.
    boolean snmp4j = s.verbosity() >= 1;
    context.getLogger(Snmp4jLogging.LOGGER).setLevel(snmp4j ? Level.INFO : Level.OFF);
    java.util.logging.Logger.getLogger(Snmp4jLogging.LOGGER)
        .setLevel(snmp4j ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
  }

  private static ConsoleAppender<ILoggingEvent> stderr(
      LoggerContext context, Level level, String exceptions) {
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDERR");
    appender.setTarget("System.err");
    appender.setEncoder(encoder(context, "netaudit: %level: %msg%n" + exceptions));
    appender.addFilter(threshold(context, level));
    appender.start();
    return appender;
  }

  private static RollingFileAppender<ILoggingEvent> file(
      LoggerContext context, Path file, Level level, String exceptions) {
    Path absolute = file.toAbsolutePath();
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(absolute.toString());
    appender.setAppend(true);
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(appender);
    policy.setFileNamePattern(absolute + ".%d{yyyy-MM-dd}.%i.gz");
    policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
    policy.setMaxHistory(MAX_HISTORY);
    policy.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
    policy.setCleanHistoryOnStart(
        true); // a short-lived process may never see a rollover to clean at
    policy.start();
    appender.setRollingPolicy(policy);
    appender.setEncoder(
        encoder(
            context,
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level %logger{0}: %msg%n" + exceptions));
    appender.addFilter(threshold(context, level));
    appender.start();
    return appender;
  }

  private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
    encoder.start();
    return encoder;
  }

  private static ThresholdFilter threshold(LoggerContext context, Level level) {
    ThresholdFilter f = new ThresholdFilter();
    f.setContext(context);
    f.setLevel(level.levelStr);
    f.start();
    return f;
  }

  /** Level names with a clear message. */
  /** The --log-level names, for help and shell completion. */
  static final java.util.List<String> LEVELS =
      java.util.List.of("error", "warn", "info", "debug", "trace");

  /** Completion candidates of --log-level. */
  static final class LevelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return LEVELS.iterator();
    }
  }

  static final class LevelConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (!LEVELS.contains(v)) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a log level (error, warn, info, debug, trace)");
      }
      return v;
    }
  }
}
