package io.netaudit.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests, started by them on loopback in a temporary directory
 * (Debian's {@code postgresql} package: initdb + pg_ctl, a free port, password authentication with
 * SCRAM), one per test JVM, stopped when the tests end. Each test takes a database of its own
 * ({@link #newDatabase}). PostgreSQL refuses to run as root: as root the server runs as the {@code
 * postgres} user (runuser). Found in {@code $NETAUDIT_PG_BIN}, else the newest {@code
 * /usr/lib/postgresql/N/bin}, else {@code pg_ctl} on the PATH; without them the tests that need it
 * are skipped (see {@link PostgresExtension}) and {@code .ci/run} installs them.
 */
public final class TestPostgres implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  public static final String USER = "netaudit";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String password;
  private final boolean asRoot;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(Path bin, Path dir, int port, String password, boolean asRoot) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.password = password;
    this.asRoot = asRoot;
  }

  /** Where the binaries are, or null. */
  public static Path findBin() {
    String env = System.getenv("NETAUDIT_PG_BIN");
    if (env != null && Files.isExecutable(Path.of(env, "pg_ctl"))) {
      return Path.of(env);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Path newest =
            versions
                .filter(p -> Files.isExecutable(p.resolve("bin/pg_ctl")))
                .max(Comparator.comparingInt(TestPostgres::major))
                .orElse(null);
        if (newest != null) {
          return newest.resolve("bin");
        }
      } catch (IOException e) {
        // fall through to the PATH
      }
    }
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, "pg_ctl");
      if (Files.isExecutable(p) && Files.isExecutable(p.resolveSibling("initdb"))) {
        try {
          return p.toRealPath().getParent();
        } catch (IOException e) {
          return p.getParent();
        }
      }
    }
    return null;
  }

  private static int major(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Starts a server; fails (not skips) when the binaries are there but do not work. */
  public static TestPostgres start(Path bin) throws IOException, InterruptedException {
    return start(bin, false);
  }

  /**
   * @param durable fsync on, as a production server runs (benchmarks); tests run without it
   */
  public static TestPostgres start(Path bin, boolean durable)
      throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("netaudit-pg-");
    String password = "pw-" + Long.toHexString(System.nanoTime());
    Path pwfile = dir.resolve("pwfile");
    Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
    if (root) {
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
      Files.setOwner(pwfile, postgres);
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    TestPostgres pg = new TestPostgres(bin, dir, port, password, root);
    pg.run(
        "initdb",
        "-D",
        dir.resolve("data").toString(),
        "-U",
        USER,
        "--pwfile=" + pwfile,
        "-A",
        "scram-sha-256",
        "--no-sync",
        "-E",
        "UTF8",
        "--locale=C");
    pg.run(
        "pg_ctl",
        "-D",
        dir.resolve("data").toString(),
        "-l",
        dir.resolve("log").toString(),
        "-o",
        "-p "
            + port
            + " -k "
            + dir
            + " -c listen_addresses=127.0.0.1"
            + (durable ? "" : " -c fsync=off"),
        "-w",
        "-t",
        "60",
        "start");
    return pg;
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asRoot) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(tool).toString());
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(tool + ".out").toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      String out = Files.readString(dir.resolve(tool + ".out"));
      throw new IOException(tool + " failed: " + out.strip());
    }
  }

  public int port() {
    return port;
  }

  /** The superuser's password (SCRAM authentication is on). */
  public String password() {
    return password;
  }

  /** A new, empty database for one test; returns its store URL (user in it, no password). */
  public String newDatabase() throws SQLException {
    String name = "t" + databases.incrementAndGet() + "_" + Long.toHexString(System.nanoTime());
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
  }

  /** A JDBC connection to a database of this server, as the superuser. */
  public Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", password);
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
  }

  /** Writes the password to a 0600 file, as a collector is given it. */
  public Path passwordFile(Path dirForIt) throws IOException {
    Path f = dirForIt.resolve("store-password");
    Files.writeString(f, password + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
