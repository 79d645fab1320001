package io.netaudit.secrets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration when nothing else configures it (found through {@code
 * META-INF/services}): warnings and errors to stderr as {@code netaudit: LEVEL: message}, so stdout
 * stays clean for reports written with {@code -o -}; java.util.logging levels follow Logback's; and
 * the {@link MaskingTurboFilter} from the first event, so no community, passphrase or localised key
 * reaches any appender. Set up in code rather than in a logback.xml: parsing XML loaded some 500
 * classes (Joran and the JDK's SAX parser) on every start, a third of {@code netaudit --version}'s
 * time.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class DefaultLogging extends ContextAwareBase implements Configurator {
  /** The pattern of every line on stderr. */
  public static final String PATTERN = "netaudit: %level: %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LevelChangePropagator propagator = new LevelChangePropagator();
    propagator.setContext(context);
    propagator.setResetJUL(true);
    context.addListener(propagator);
    propagator.start();

    MaskingTurboFilter masking = new MaskingTurboFilter();
    masking.setContext(context);
    masking.start();
    context.addTurboFilter(masking);

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
