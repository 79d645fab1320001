package io.netaudit.secrets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps every registered secret ({@link Secrets}) out of every Logback appender, whatever its
 * pattern (console, files): an event whose message, arguments or exception hold a secret is stopped
 * and logged again with each secret replaced by {@code <masked>} (the exception becomes its masked
 * text, without the original object). SNMP4J's output (bridged from java.util.logging) goes through
 * here too. Registered in logback.xml and again by {@link #install()} when secrets are loaded, in
 * case the configuration was reset.
 */
public final class MaskingTurboFilter extends TurboFilter {
  private static final String FQCN = MaskingTurboFilter.class.getName();

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (Secrets.isEmpty() || level == null || format == null && t == null) {
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
    if (!Secrets.contains(message) && !Secrets.contains(thrown)) {
      return FilterReply.NEUTRAL;
    }
    LoggingEvent masked = new LoggingEvent(FQCN, logger, level, Secrets.mask(message), null, null);
    if (thrown != null) {
      masked =
          new LoggingEvent(
              FQCN,
              logger,
              level,
              Secrets.mask(message) + System.lineSeparator() + Secrets.mask(thrown).strip(),
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

  /** Adds the filter to the running Logback context unless it is there already. */
  public static void install() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
      return;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    for (TurboFilter f : context.getTurboFilterList()) {
      if (f instanceof MaskingTurboFilter) {
        return;
      }
    }
    MaskingTurboFilter filter = new MaskingTurboFilter();
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
  }
}
