package io.netaudit.secrets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps every secret of the registries it was given ({@link Secrets}) out of every Logback
 * appender, whatever its pattern (console, files): an event whose message, arguments or exception
 * hold a secret is stopped and logged again with each secret replaced by {@code <masked>} (the
 * exception becomes its masked text, without the original object). SNMP4J's output (bridged from
 * java.util.logging) goes through here too. Added by {@link DefaultLogging} (so it is there from
 * the first event); {@link #install(Secrets)} gives it a run's registry, adding the filter if the
 * configuration was reset.
 *
 * <p>Logging is process-wide, so the filter is: a registry once given stays, and a secret a run
 * learnt stays masked in any later log line of the same JVM (in-process test runs).
 */
public final class MaskingTurboFilter extends TurboFilter {
  private static final String FQCN = MaskingTurboFilter.class.getName();

  private final List<Secrets> registries = new CopyOnWriteArrayList<>();

  /** Masks {@code secrets}' entries from now on, besides those of registries given before. */
  public void addRegistry(Secrets secrets) {
    if (!registries.contains(secrets)) {
      registries.add(secrets);
    }
  }

  private boolean anySecret() {
    for (Secrets s : registries) {
      if (!s.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsSecret(String text) {
    for (Secrets s : registries) {
      if (s.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private String masked(String text) {
    String out = text;
    for (Secrets s : registries) {
      out = s.mask(out);
    }
    return out;
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!anySecret() || level == null || format == null && t == null) {
      return FilterReply.NEUTRAL;
    }
    if (!level.isGreaterOrEqual(logger.getEffectiveLevel())) {
      return FilterReply.NEUTRAL; // will not be logged anyway
    }
    String message =
        params == null || params.length == 0
            ? format
            : MessageFormatter.arrayFormat(format, params).getMessage();
    String thrown = t == null ? null : stackTrace(t);
    if (!holdsSecret(message) && !holdsSecret(thrown)) {
      return FilterReply.NEUTRAL;
    }
    LoggingEvent masked = new LoggingEvent(FQCN, logger, level, masked(message), null, null);
    if (thrown != null) {
      masked =
          new LoggingEvent(
              FQCN,
              logger,
              level,
              masked(message) + System.lineSeparator() + masked(thrown).strip(),
              null,
              null);
    }
    logger.callAppenders(masked);
    return FilterReply.DENY;
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  /**
   * Gives {@code secrets} to the filter of the running Logback context, adding the filter unless it
   * is there already.
   */
  public static void install(Secrets secrets) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
      return;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    synchronized (context) {
      for (TurboFilter f : context.getTurboFilterList()) {
        if (f instanceof MaskingTurboFilter) {
          ((MaskingTurboFilter) f).addRegistry(secrets);
          return;
        }
      }
      MaskingTurboFilter filter = new MaskingTurboFilter();
      filter.addRegistry(secrets);
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }
}
