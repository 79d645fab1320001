package io.netaudit.target;

import static io.netaudit.testing.NmapXml.host;
import static io.netaudit.testing.NmapXml.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -iX: the hosts of an nmap XML file whose SNMP port answered or may have; read defensively. */
class NmapXmlReaderTest {
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  @Test
  void hostsWhoseSnmpPortIsOpenOrMaybeOpenAreTargets() throws Exception {
    Path file =
        write(
            scan(
                host("10.0.0.1", "ipv4", "udp", 161, "open")
                    + host("10.0.0.2", "ipv4", "udp", 161, "open|filtered")
                    + host("10.0.0.3", "ipv4", "udp", 161, "closed")
                    + host("10.0.0.4", "ipv4", "udp", 161, "filtered")
                    + host("10.0.0.5", "ipv4", "tcp", 161, "open")
                    + host("10.0.0.6", "ipv4", "udp", 162, "open")
                    + host("2001:db8::7", "ipv6", "udp", 161, "open")));

    List<TargetSpec> specs = NmapXmlReader.read(file.toString(), NO_STDIN, 161);

    assertThat(specs)
        .extracting(TargetSpec::text)
        .containsExactly("10.0.0.1", "10.0.0.2", "2001:db8::7");
    assertThat(specs.get(0).origin()).isEqualTo(file + ":7");
    assertThat(NmapXmlReader.read(file.toString(), NO_STDIN, 162))
        .extracting(TargetSpec::text)
        .containsExactly("10.0.0.6");
  }

  @Test
  void stdinWorksLikeAFile() throws Exception {
    byte[] xml =
        scan(host("10.0.0.1", "ipv4", "udp", 161, "open")).getBytes(StandardCharsets.UTF_8);
    assertThat(NmapXmlReader.read("-", new ByteArrayInputStream(xml), 161))
        .containsExactly(new TargetSpec("10.0.0.1", "stdin:7"));
  }

  @Test
  void anAddressMustBeALiteralNeverARangeOrAName() throws Exception {
    for (String addr : List.of("10.0.0.0/8", "10.0.0.1-254", "evil.example", "010.0.0.1", "")) {
      Path file = write(scan(host(addr, "ipv4", "udp", 161, "open")));
      assertThatThrownBy(() -> NmapXmlReader.read(file.toString(), NO_STDIN, 161))
          .as(addr)
          .isInstanceOf(TargetSpecException.class)
          .hasMessage(
              "invalid nmap XML file '"
                  + file
                  + "' line 8: address '"
                  + addr
                  + "' is not a literal ipv4 address");
    }
  }

  @Test
  void malformedFilesAreOneLineErrors() throws Exception {
    String whole = scan(host("10.0.0.1", "ipv4", "udp", 161, "open"));
    assertError(whole.substring(0, whole.length() / 2), "invalid nmap XML file '%s' line ");
    assertError("", "invalid nmap XML file '%s'");
    assertError("10.0.0.1\n", "invalid nmap XML file '%s' line 1: ");
    assertError(
        "<?xml version=\"1.0\"?>\n<hosts><host/></hosts>\n",
        "invalid nmap XML file '%s' line 2: not nmap XML output (root element <hosts>, expected"
            + " <nmaprun>)");
    assertThatThrownBy(() -> NmapXmlReader.read(dir.resolve("none.xml").toString(), NO_STDIN, 161))
        .hasMessage("cannot read nmap XML file '" + dir.resolve("none.xml") + "': No such file");
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "10.9.9.9");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<nmaprun>"
            + host("&xxe;", "ipv4", "udp", 161, "open")
            + "</nmaprun>\n";
    String message = assertError(xxe, "invalid nmap XML file '%s' line ");
    assertThat(message).doesNotContain("10.9.9.9");
  }

  @Test
  void noExternalDtdIsFetched() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger hits = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          byte[] dtd = "<!ENTITY xxe \"10.9.9.9\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
      String external =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun SYSTEM \""
              + url
              + "\">\n<nmaprun>"
              + host("&xxe;", "ipv4", "udp", 161, "open")
              + "</nmaprun>\n";
      assertError(external, "invalid nmap XML file '%s' line ");
      String parameterEntity =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY % p SYSTEM \""
              + url
              + "\"> %p;]>\n<nmaprun>"
              + host("10.0.0.1", "ipv4", "udp", 161, "open")
              + "</nmaprun>\n";
      // The internal subset is ignored (no DTD processing): the parameter entity is never
      // expanded, so nothing is fetched; the hosts are still read.
      assertThat(NmapXmlReader.read(write(parameterEntity).toString(), NO_STDIN, 161))
          .extracting(TargetSpec::text)
          .containsExactly("10.0.0.1");
      assertThat(hits.get()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void entityExpansionBombsAreRefusedAtOnce() throws Exception {
    StringBuilder dtd = new StringBuilder("<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun ["
            + dtd
            + "]>\n<nmaprun><host><address addr=\"&a12;\" addrtype=\"ipv4\"/></host></nmaprun>\n";
    assertError(bomb, "invalid nmap XML file '%s' line ");
  }

  private String assertError(String content, String messageStart) throws Exception {
    Path file = write(content);
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> NmapXmlReader.read(file.toString(), NO_STDIN, 161));
    assertThat(t).isInstanceOf(TargetSpecException.class);
    assertThat(t.getMessage()).startsWith(String.format(messageStart, file)).doesNotContain("\n");
    return t.getMessage();
  }

  private Path write(String content) throws Exception {
    Path file = Files.createTempFile(dir, "scan", ".xml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
