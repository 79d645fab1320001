package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.AgentMib;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * The identification signals beyond sysDescr/sysObjectID, end to end over real UDP: a device that
 * answers no community but answers the SNMPv3 discovery, a Hikvision camera behind net-snmp's
 * identity, and a restricted maker's module inside a compliant chassis.
 */
class IdentificationEndToEndTest {
  private static final String ENT = "1.3.6.1.2.1.47.1.1.1.1.";

  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s); // literals only
  }

  private static List<CSVRecord> rows(String csv) throws Exception {
    List<CSVRecord> out = new ArrayList<>();
    CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(csv))
        .forEach(out::add);
    return out;
  }

  private static Map<OID, Variable> system(String descr, String oid) {
    Map<OID, Variable> m = new HashMap<>();
    m.put(new OID("1.3.6.1.2.1.1.1.0"), new OctetString(descr));
    m.put(new OID("1.3.6.1.2.1.1.2.0"), new OID(oid));
    m.put(new OID("1.3.6.1.2.1.1.3.0"), new TimeTicks(1));
    m.put(new OID("1.3.6.1.2.1.1.5.0"), new OctetString("dev"));
    return m;
  }

  @Test
  void aDeviceAnsweringNoCommunityIsIdentifiedFromItsEngineId() throws Exception {
    // RFC 3411 engine ID: enterprise 2011 (Huawei) with the high bit, format 3 (MAC), a Huawei MAC.
    byte[] engineId = HexFormat.of().parseHex("800007db03" + "00e0fc123456");
    try (DatagramSocket agent = new DatagramSocket(new InetSocketAddress(ip("127.0.44.1"), 0))) {
      Thread responder = new Thread(() -> answerDiscovery(agent, engineId), "v3-discovery-agent");
      responder.setDaemon(true);
      responder.start();
      CliRun run =
          CliRun.of(
              "scan",
              "-p",
              Integer.toString(agent.getLocalPort()),
              "--timeout",
              "300ms",
              "--retries",
              "1",
              "-o",
              "-",
              "--fail-on",
              "never",
              "127.0.44.1");
      assertThat(run.exitCode()).as(run.err()).isZero();
      CSVRecord row = rows(run.out()).get(0);
      assertThat(row.get("status")).isEqualTo("RESTRICTED");
      assertThat(row.get("vendor")).containsIgnoringCase("Huawei");
      assertThat(row.get("snmp_version")).isEqualTo("3 (discovery only)");
      assertThat(row.get("evidence")).contains("2011").contains("00:e0:fc:12:34:56");
    }
  }

  /** Answers every SNMPv3 message with a minimal REPORT carrying the engine ID; ignores v1/v2c. */
  private static void answerDiscovery(DatagramSocket socket, byte[] engineId) {
    byte[] buf = new byte[2048];
    try {
      socket.setSoTimeout(5000);
      for (int i = 0; i < 20; i++) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        if (p.getLength() > 4
            && buf[2] == 0x02
            && buf[3] == 0x01
            && buf[4] == 0x03) { // msgVersion 3
          byte[] reply = report(engineId);
          socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
        }
      }
    } catch (SocketTimeoutException e) {
      // bounded: the test is over
    } catch (java.io.IOException e) {
      // socket closed at the end of the test
    }
  }

  private static byte[] report(byte[] engineId) {
    ByteArrayOutputStream usm = new ByteArrayOutputStream();
    usm.writeBytes(tlv(0x04, engineId));
    usm.writeBytes(tlv(0x02, new byte[] {1}));
    usm.writeBytes(tlv(0x02, new byte[] {1}));
    usm.writeBytes(tlv(0x04, new byte[0]));
    usm.writeBytes(tlv(0x04, new byte[0]));
    usm.writeBytes(tlv(0x04, new byte[0]));
    ByteArrayOutputStream global = new ByteArrayOutputStream();
    global.writeBytes(tlv(0x02, new byte[] {1}));
    global.writeBytes(tlv(0x02, new byte[] {0x05, (byte) 0xdc}));
    global.writeBytes(tlv(0x04, new byte[] {0}));
    global.writeBytes(tlv(0x02, new byte[] {3}));
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.writeBytes(tlv(0x02, new byte[] {3}));
    msg.writeBytes(tlv(0x30, global.toByteArray()));
    msg.writeBytes(tlv(0x04, tlv(0x30, usm.toByteArray())));
    msg.writeBytes(
        tlv(
            0x30,
            concat(
                tlv(0x04, engineId),
                tlv(0x04, new byte[0]),
                tlv(
                    0xA8,
                    concat(
                        tlv(0x02, new byte[] {1}),
                        tlv(0x02, new byte[] {0}),
                        tlv(0x02, new byte[] {0}),
                        tlv(0x30, new byte[0]))))));
    return tlv(0x30, msg.toByteArray());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    out.write(value.length);
    out.writeBytes(value);
    return out.toByteArray();
  }

  @Test
  void aCameraBehindNetSnmpsIdentityIsFoundByItsIdentityObjectAndMac() throws Exception {
    Map<OID, Variable> m = system("Linux", "1.3.6.1.4.1.8072.3.2.10");
    m.put(new OID("1.3.6.1.4.1.39165.1.1.0"), new OctetString("DS-2CD2143G2-I"));
    m.put(
        new OID("1.3.6.1.2.1.2.2.1.6.2"), new OctetString(HexFormat.of().parseHex("c056e3112233")));
    try (SimulatedNetwork net =
        SimulatedNetwork.start(
            List.of(new SimulatedDevice(ip("127.0.44.2"), new AgentMib(m))), 0)) {
      CliRun run =
          CliRun.of(
              "scan",
              "-p",
              Integer.toString(net.port()),
              "--timeout",
              "300ms",
              "-o",
              "-",
              "--fail-on",
              "never",
              "127.0.44.2");
      CSVRecord row = rows(run.out()).get(0);
      assertThat(row.get("status")).as(row.toString()).isEqualTo("RESTRICTED");
      assertThat(row.get("vendor")).containsIgnoringCase("Hikvision");
      assertThat(row.get("model")).isEqualTo("DS-2CD2143G2-I");
      assertThat(row.get("evidence")).contains("1.3.6.1.4.1.39165.1.1.0").contains("c0:56:e3");
      // --depth system reads only the system group: the camera is then honestly UNIDENTIFIED.
      CliRun shallow =
          CliRun.of(
              "scan",
              "-p",
              Integer.toString(net.port()),
              "--timeout",
              "300ms",
              "-o",
              "-",
              "--depth",
              "system",
              "--no-engine-id-probe",
              "127.0.44.2");
      assertThat(rows(shallow.out()).get(0).get("status")).isEqualTo("UNIDENTIFIED");
    }
  }

  @Test
  void aRestrictedMakersModuleInsideACompliantChassisIsAFindingOfItsOwn() throws Exception {
    Map<OID, Variable> m =
        system("Cisco IOS Software, C9300 Software, Version 17.3.4", "1.3.6.1.4.1.9.1.2494");
    entity(
        m, 1, 3, 0, "Cisco Catalyst 9300 chassis", "Cisco Systems Inc", "C9300-48P", "FOC1111X0AB");
    entity(m, 1001, 9, 1, "10G SFP+ module", "HUAWEI", "OSX010000", "HW0A1B2C3D");
    entity(m, 1002, 9, 1, "10G SFP+ module", "HUAWEI", "OSX010000", "HW0A1B2C3E");
    entity(m, 1003, 9, 1, "Power supply", "Cisco Systems Inc", "PWR-C1-715WAC", "LIT1111");
    try (SimulatedNetwork net =
        SimulatedNetwork.start(
            List.of(new SimulatedDevice(ip("127.0.44.3"), new AgentMib(m))), 0)) {
      CliRun run =
          CliRun.of(
              "scan",
              "-p",
              Integer.toString(net.port()),
              "--timeout",
              "300ms",
              "-o",
              "-",
              "127.0.44.3");
      assertThat(run.exitCode()).as("a restricted component is a finding").isEqualTo(1);
      List<CSVRecord> rows = rows(run.out());
      CSVRecord chassis =
          rows.stream().filter(r -> r.get("row_type").equals("device")).findFirst().orElseThrow();
      assertThat(chassis.get("status")).isEqualTo("COMPLIANT");
      assertThat(chassis.get("model")).isEqualTo("C9300-48P");
      List<CSVRecord> components =
          rows.stream().filter(r -> r.get("row_type").equals("component")).toList();
      assertThat(components).hasSize(1);
      CSVRecord optic = components.get(0);
      assertThat(optic.get("status")).isEqualTo("RESTRICTED");
      assertThat(optic.get("vendor")).containsIgnoringCase("Huawei");
      assertThat(optic.get("component_index")).isEqualTo("1001");
      assertThat(optic.get("component_class")).isEqualTo("module");
      assertThat(optic.get("component_model")).isEqualTo("OSX010000");
      assertThat(optic.get("component_serial")).isEqualTo("HW0A1B2C3D");
      assertThat(optic.get("component_mfg")).isEqualTo("HUAWEI");
      assertThat(optic.get("detail")).contains("Cisco").contains("1 more");
      assertThat(run.err()).contains("beyond the targets");
    }
  }

  @Test
  void aNeighbourReportedOverLldpGetsItsOwnVerdictAndTheDeviceThatSawIt() throws Exception {
    Map<OID, Variable> m =
        system(
            "Juniper Networks, Inc. ex4300-48t Ethernet Switch, kernel JUNOS 20.4R3",
            "1.3.6.1.4.1.2636.1.1.1.2.63");
    String rem = "1.0.8802.1.1.2.1.4.1.1.";
    m.put(new OID(rem + "4.0.5.1"), new Integer32(4));
    m.put(new OID(rem + "5.0.5.1"), new OctetString(HexFormat.of().parseHex("00e0fc0a0b0c")));
    m.put(new OID(rem + "9.0.5.1"), new OctetString("agg-huawei-1"));
    m.put(
        new OID(rem + "10.0.5.1"),
        new OctetString("Huawei Versatile Routing Platform Software VRP (R) software"));
    m.put(new OID("1.0.8802.1.1.2.1.4.2.1.3.0.5.1.1.4.10.9.8.7"), new Integer32(2));
    try (SimulatedNetwork net =
        SimulatedNetwork.start(
            List.of(new SimulatedDevice(ip("127.0.44.4"), new AgentMib(m))), 0)) {
      CliRun run =
          CliRun.of(
              "scan",
              "-p",
              Integer.toString(net.port()),
              "--timeout",
              "300ms",
              "-o",
              "-",
              "127.0.44.4");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      List<CSVRecord> rows = rows(run.out());
      CSVRecord neighbour =
          rows.stream()
              .filter(r -> r.get("row_type").equals("neighbour"))
              .findFirst()
              .orElseThrow();
      assertThat(neighbour.get("address")).isEqualTo("10.9.8.7");
      assertThat(neighbour.get("status")).isEqualTo("RESTRICTED");
      assertThat(neighbour.get("seen_by")).isEqualTo("127.0.44.4");
      assertThat(neighbour.get("sys_name")).isEqualTo("agg-huawei-1");
      assertThat(neighbour.get("detail")).contains("LLDP").contains("00:e0:fc:0a:0b:0c");
    }
  }

  private static void entity(
      Map<OID, Variable> m,
      int index,
      int cls,
      int containedIn,
      String descr,
      String mfg,
      String model,
      String serial) {
    m.put(new OID(ENT + "2." + index), new OctetString(descr.getBytes(StandardCharsets.UTF_8)));
    m.put(new OID(ENT + "4." + index), new Integer32(containedIn));
    m.put(new OID(ENT + "5." + index), new Integer32(cls));
    m.put(new OID(ENT + "7." + index), new OctetString(descr));
    m.put(new OID(ENT + "11." + index), new OctetString(serial));
    m.put(new OID(ENT + "12." + index), new OctetString(mfg));
    m.put(new OID(ENT + "13." + index), new OctetString(model));
  }
}
