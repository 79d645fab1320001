package io.netaudit.scan;

import org.snmp4j.log.JavaLogFactory;
import org.snmp4j.log.LogFactory;

/**
 * Routes SNMP4J's own log output into java.util.logging (which the CLI bridges to SLF4J), so that
 * only the scan package, the home of SNMP4J, names SNMP4J's logging API. Called by the composition
 * root when it configures logging; SNMP4J's logger name is {@value #LOGGER}.
 */
public final class Snmp4jLogging {
  /** The logger name under which SNMP4J logs. */
  public static final String LOGGER = "org.snmp4j";

  private Snmp4jLogging() {}

  /** Idempotent: SNMP4J warns when its log factory is replaced, so it is set once per JVM. */
  public static void routeToJavaLogging() {
    if (!(LogFactory.getLogFactory() instanceof JavaLogFactory)) {
      LogFactory.setLogFactory(new JavaLogFactory());
    }
  }
}
