package io.netaudit.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the one {@link TestPostgres} of the test JVM, started on first use and stopped when
 * the run ends (kept in JUnit's root store). A test without PostgreSQL binaries is skipped with a
 * message saying how to get them; {@code .ci/run} installs them, so CI runs these tests.
 */
public final class PostgresExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestPostgres.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  /** The server of this test JVM (started now if it is the first use); skips without binaries. */
  public static TestPostgres server(ExtensionContext context) {
    Path bin = TestPostgres.findBin();
    Assumptions.assumeTrue(
        bin != null,
        "PostgreSQL binaries not found (apt-get install postgresql, or set NETAUDIT_PG_BIN); "
            + ".ci/run installs them");
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent(
            TestPostgres.class,
            k -> {
              try {
                return TestPostgres.start(bin);
              } catch (Exception e) {
                throw new ParameterResolutionException("cannot start PostgreSQL: " + e, e);
              }
            },
            TestPostgres.class);
  }
}
