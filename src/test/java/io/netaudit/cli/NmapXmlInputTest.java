package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.Mibs;
import io.netaudit.testing.NmapXml;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan -iX}: nmap's XML as the target list, end to end on loopback (127.0.46.0/29). */
class NmapXmlInputTest {
  private static SimulatedNetwork network;

  @TempDir Path dir;

  @BeforeAll
  static void startNetwork() throws Exception {
    network =
        SimulatedNetwork.start(
            List.of(
                new SimulatedDevice(
                    ip(1),
                    Mibs.system(
                        "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170",
                        "1.3.6.1.4.1.2011.2.23.421",
                        "core-1")),
                new SimulatedDevice(
                    ip(2),
                    Mibs.system(
                        "Cisco IOS Software, C2960X Software, Version 15.2(7)E4",
                        "1.3.6.1.4.1.9.1.1208",
                        "acc-2")),
                new SimulatedDevice(
                    ip(3), Mibs.system("Juniper JUNOS", "1.3.6.1.4.1.2636.1.1.1.2.63", "j-3"))),
            0);
  }

  @AfterAll
  static void stopNetwork() throws Exception {
    network.close();
  }

  private static InetAddress ip(int host) throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 46, (byte) host});
  }

  /** .1 open, .2 open|filtered, .3 closed: nmap says only .1 and .2 may answer SNMP. */
  private Path nmapFile() throws Exception {
    int port = network.port();
    String xml =
        NmapXml.scan(
            NmapXml.host("127.0.46.1", "ipv4", "udp", port, "open")
                + NmapXml.host("127.0.46.2", "ipv4", "udp", port, "open|filtered")
                + NmapXml.host("127.0.46.3", "ipv4", "udp", port, "closed"));
    Path file = dir.resolve("scan.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return file;
  }

  private String[] scan(String... extra) {
    String[] base = {
      "scan", "-p", Integer.toString(network.port()), "--timeout", "300ms", "--retries", "1"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void theHostsWhoseSnmpPortMayAnswerAreAudited() throws Exception {
    Path file = nmapFile();
    assertThat(CliRun.of(scan("-iX", file.toString(), "--list-targets")).out())
        .isEqualTo("127.0.46.1\n127.0.46.2\n");

    CliRun run = CliRun.of(scan("-iX", file.toString(), "-o", "-"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("127.0.46.1,RESTRICTED").contains("127.0.46.2,COMPLIANT");
    assertThat(run.out()).doesNotContain("127.0.46.3");
    assertThat(network.requestsSeen(ip(3))).isZero();
  }

  @Test
  void aMalformedFileIsOneLineAndExit2BeforeAnythingIsSent() throws Exception {
    String whole = Files.readString(nmapFile());
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, whole.substring(0, whole.indexOf("</nmaprun>")));
    int before = network.requestsSeen(ip(3));

    CliRun run = CliRun.of(scan("-iX", broken.toString(), "127.0.46.3", "-o", "-"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("netaudit: error: invalid nmap XML file '" + broken + "' line ");
    assertThat(run.out()).isEmpty();
    assertThat(network.requestsSeen(ip(3))).isEqualTo(before);
  }

  @Test
  void aFileWithNoOpenSnmpPortIsAClearError() throws Exception {
    Path file = dir.resolve("none.xml");
    Files.writeString(file, NmapXml.scan(NmapXml.host("127.0.46.3", "ipv4", "udp", 161, "closed")));

    CliRun run = CliRun.of("scan", "-iX", file.toString(), "-o", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "netaudit: error: no targets in nmap XML file '"
                + file
                + "' (no host with 161/udp open or open|filtered)\n");
  }
}
