package io.netaudit.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real net-snmp agent for tests: /usr/sbin/snmpd (installed by .ci/run) on 127.0.0.1 and an
 * unprivileged free port, with a generated config and persistent directory in a temp folder,
 * stopped by its PID. Users (all with rouser priv unless noted): sha256 (SHA-256/AES-128), sha512
 * (SHA-512/AES-256), md5 (MD5/DES), authonly (SHA, no priv; rouser auth); community {@link
 * #COMMUNITY}.
 */
public final class NetSnmpd implements AutoCloseable {
  public static final Path SNMPD = Path.of("/usr/sbin/snmpd");
  public static final String SYS_DESCR = "netaudit test agent (net-snmp)";
  public static final String COMMUNITY = "snmpd-community";

  /** user, auth, auth-pass, priv, priv-pass (credentials-file names). */
  public static final List<String[]> USERS =
      List.of(
          new String[] {"sha256", "SHA256", "sha256-auth-pass", "AES128", "aes128-priv-pass"},
          new String[] {"sha512", "SHA512", "sha512-auth-pass", "AES256", "aes256-priv-pass"},
          new String[] {"md5", "MD5", "md5-auth-pass", "DES", "des-priv-pass"},
          new String[] {"authonly", "SHA", "authonly-pass", null, null});

  private final Path dir;
  private final int port;
  private final long pid;

  private NetSnmpd(Path dir, int port, long pid) {
    this.dir = dir;
    this.port = port;
    this.pid = pid;
  }

  public static boolean available() {
    return Files.isExecutable(SNMPD);
  }

  public static NetSnmpd start(Path dir) throws IOException, InterruptedException {
    return start(dir, List.of());
  }

  /** Starts snmpd with the users above plus {@code extraConfig} lines. */
  public static NetSnmpd start(Path dir, List<String> extraConfig)
      throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort();
      Path persist = Files.createDirectories(dir.resolve("persist"));
      StringBuilder conf = new StringBuilder();
      conf.append("agentAddress udp:127.0.0.1:").append(port).append('\n');
      conf.append("sysDescr ").append(SYS_DESCR).append('\n');
      conf.append("sysName snmpd-test\n");
      conf.append("sysObjectID 1.3.6.1.4.1.8072.3.2.10\n");
      conf.append("rocommunity ").append(COMMUNITY).append(" 127.0.0.1\n");
      for (String[] u : USERS) {
        conf.append("createUser ")
            .append(u[0])
            .append(' ')
            .append(netSnmpAuth(u[1]))
            .append(" \"")
            .append(u[2])
            .append('"');
        if (u[3] != null) {
          conf.append(' ').append(netSnmpPriv(u[3])).append(" \"").append(u[4]).append('"');
        }
        conf.append('\n')
            .append("rouser ")
            .append(u[0])
            .append(u[3] == null ? " auth" : " priv")
            .append('\n');
      }
      extraConfig.forEach(l -> conf.append(l).append('\n'));
      Path config = dir.resolve("snmpd.conf");
      Files.writeString(config, conf.toString(), StandardCharsets.UTF_8);
      Path pidFile = dir.resolve("snmpd.pid");
      Files.deleteIfExists(pidFile);
      ProcessBuilder pb =
          new ProcessBuilder(
              SNMPD.toString(),
              "-C",
              "-c",
              config.toString(),
              "-Lf",
              dir.resolve("snmpd.log").toString(),
              "-p",
              pidFile.toString());
      pb.environment().put("SNMP_PERSISTENT_DIR", persist.toString());
      pb.environment().put("MIBS", "");
      pb.environment().put("MIBDIRS", dir.resolve("no-mibs").toString());
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.out").toFile());
      Process p = pb.start();
      p.waitFor(10, TimeUnit.SECONDS); // snmpd forks and the parent exits once it is listening
      for (int i = 0; i < 50 && !Files.exists(pidFile); i++) {
        Thread.sleep(50);
      }
      if (Files.exists(pidFile)) {
        String text = Files.readString(pidFile).strip();
        if (!text.isEmpty()) {
          return new NetSnmpd(dir, port, Long.parseLong(text));
        }
      }
      last =
          new IOException(
              "snmpd did not start on port "
                  + port
                  + ": "
                  + Files.readString(dir.resolve("snmpd.log")));
    }
    throw last;
  }

  private static String netSnmpAuth(String a) {
    return switch (a) {
      case "SHA256" -> "SHA-256";
      case "SHA512" -> "SHA-512";
      case "SHA224" -> "SHA-224";
      case "SHA384" -> "SHA-384";
      default -> a;
    };
  }

  private static String netSnmpPriv(String p) {
    return switch (p) {
      case "AES128" -> "AES";
      case "AES192" -> "AES-192";
      case "AES256" -> "AES-256";
      default -> p;
    };
  }

  private static int freePort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() throws Exception {
    ProcessHandle.of(pid)
        .ifPresent(
            h -> {
              h.destroy();
              try {
                h.onExit().get(5, TimeUnit.SECONDS);
              } catch (Exception e) {
                h.destroyForcibly();
              }
            });
  }
}
