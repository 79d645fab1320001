package io.netaudit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.snmp4j.log.JavaLogFactory;
import org.snmp4j.log.LogFactory;

/**
 * Routes SNMP4J's java.util.logging output into Logback (it is silent otherwise, hiding its
 * warnings about spoofed replies) and sets levels from -v. Only the CLI touches logging.
 */
final class Logging {
  private Logging() {}

  static void configure(int verbosity) {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    if (!(LogFactory.getLogFactory() instanceof JavaLogFactory)) {
      LogFactory.setLogFactory(new JavaLogFactory()); // once per JVM: SNMP4J warns when it is replaced
    }
    Level level = verbosity >= 2 ? Level.DEBUG : verbosity == 1 ? Level.INFO : Level.WARN;
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level);
    // SNMP4J's debug output includes whole PDUs and targets (with communities): never below INFO.
    context.getLogger("org.snmp4j").setLevel(verbosity >= 1 ? Level.INFO : Level.OFF);
    java.util.logging.Logger.getLogger("org.snmp4j").setLevel(
        verbosity >= 1 ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
  }
}
