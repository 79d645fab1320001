package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.transport.TransportListener;

/**
 * An SNMPv3 agent that refuses every authenticated request with a usmStatsNotInTimeWindows REPORT
 * (1.3.6.1.6.3.15.1.1.2.0) makes {@code netaudit scan} report AUTH_FAILED, "not in time window".
 *
 * <p>Why an in-process SNMP4J agent and not net-snmp's snmpd (as {@link SnmpV3EndToEndTest} uses
 * for the other reasons): snmpd cannot be made to send this report reliably, since the manager
 * resynchronises from the report and the retry then succeeds. This agent is real SNMP over real UDP
 * on 127.0.0.1 (ephemeral port), with its own MPv3 and USM (not SNMP4J's global SecurityModels);
 * the trick is a transport listener, registered before the message dispatcher, that bumps the
 * agent's engine boots on every incoming datagram. Every authenticated request therefore carries
 * stale boots, and SNMP4J's USM on the agent side answers it with the not-in-time-window REPORT
 * itself (RFC 3414 section 3.2 step 7), resync or not.
 */
@Timeout(60)
class NotInTimeWindowTest {
  private static final String USER = "tw-user";
  private static final String AUTH_PASS = "tw-auth-passphrase";
  private static final String PRIV_PASS = "tw-priv-passphrase";
  private static final String SYS_DESCR = "in-process SNMP4J agent";
  private static final OID SYS_DESCR_OID = new OID("1.3.6.1.2.1.1.1.0");

  @TempDir Path dir;

  /**
   * A minimal SNMPv3 agent on 127.0.0.1; with {@code staleBoots} it bumps its boots before each
   * datagram.
   */
  private static final class Agent implements AutoCloseable {
    final Snmp snmp;
    final int port;
    final AtomicInteger datagrams = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();

    Agent(boolean staleBoots) throws Exception {
      SecurityProtocols protocols =
          new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
      protocols.addDefaultProtocols();
      protocols.addPrivacyProtocol(new PrivAES128());
      USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
      usm.addUser(
          new OctetString(USER),
          new UsmUser(
              new OctetString(USER),
              AuthSHA.ID,
              new OctetString(AUTH_PASS),
              PrivAES128.ID,
              new OctetString(PRIV_PASS)));
      MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
      dispatcher.addMessageProcessingModel(new MPv3(usm));
      DefaultUdpTransportMapping transport =
          new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0"));
      // Registered before Snmp adds the dispatcher, so it runs first for each datagram.
      transport.addTransportListener(
          new TransportListener() {
            @Override
            public <A extends Address> void processMessage(
                TransportMapping<? super A> source,
                A from,
                ByteBuffer message,
                TransportStateReference state) {
              datagrams.incrementAndGet();
              if (staleBoots) {
                usm.setEngineBoots(usm.getEngineBoots() + 1);
              }
            }
          });
      snmp = new Snmp(dispatcher, transport);
      snmp.addCommandResponder(
          new CommandResponder() {
            @Override
            public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
              PDU request = event.getPDU();
              if (request == null || request.getType() != PDU.GET) {
                return;
              }
              PDU response = (PDU) request.clone();
              response.setType(PDU.RESPONSE);
              response.setErrorStatus(0);
              response.setErrorIndex(0);
              for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.getOid().equals(SYS_DESCR_OID)) {
                  vb.setVariable(new OctetString(SYS_DESCR));
                } else {
                  vb.setVariable(org.snmp4j.smi.Null.noSuchObject);
                }
              }
              try {
                event
                    .getMessageDispatcher()
                    .returnResponsePdu(
                        event.getMessageProcessingModel(),
                        event.getSecurityModel(),
                        event.getSecurityName(),
                        event.getSecurityLevel(),
                        response,
                        event.getMaxSizeResponsePDU(),
                        event.getStateReference(),
                        new StatusInformation());
                answered.incrementAndGet();
              } catch (MessageException e) {
                throw new IllegalStateException(e);
              }
              event.setProcessed(true);
            }
          });
      snmp.listen();
      port = transport.getListenAddress().getPort();
    }

    @Override
    public void close() throws Exception {
      snmp.close();
    }
  }

  private CSVRecord scan(Agent agent) throws Exception {
    Path creds = dir.resolve("creds.conf");
    Files.writeString(
        creds,
        "[tw]\nversion = 3\nuser = "
            + USER
            + "\nauth = SHA\nauth-pass = "
            + AUTH_PASS
            + "\npriv = AES128\npriv-pass = "
            + PRIV_PASS
            + "\n");
    Files.setPosixFilePermissions(creds, PosixFilePermissions.fromString("rw-------"));
    CliRun run =
        CliRun.of(
            "scan",
            "-p",
            Integer.toString(agent.port),
            "--credentials",
            creds.toString(),
            "--timeout",
            "500ms",
            "--retries",
            "1",
            "-o",
            "-",
            "--fail-on",
            "never",
            "127.0.0.1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(run.out()))
            .getRecords();
    assertThat(rows).as(run.out()).hasSize(1);
    return rows.get(0);
  }

  @Test
  void theAgentAnswersWhenItsBootsStayPut() throws Exception {
    // Control: the same agent and profile without the boots trick is read normally, so the refusal
    // below is the
    // time window and nothing else.
    try (Agent agent = new Agent(false)) {
      CSVRecord r = scan(agent);
      assertThat(r.get("sys_descr")).as(r.toString()).isEqualTo(SYS_DESCR);
      assertThat(r.get("credential")).isEqualTo("tw");
      assertThat(r.get("snmp_version")).isEqualTo("3");
      assertThat(agent.answered.get()).isPositive();
    }
  }

  @Test
  void aPersistentNotInTimeWindowReportIsAnAuthFailure() throws Exception {
    try (Agent agent = new Agent(true)) {
      CSVRecord r = scan(agent);
      assertThat(r.get("status")).as(r.toString()).isEqualTo("AUTH_FAILED");
      assertThat(r.get("detail"))
          .as(r.toString())
          .contains("not in time window")
          .contains("usmStatsNotInTimeWindows")
          .contains("'tw'");
      assertThat(r.get("credential")).isEqualTo("tw");
      assertThat(r.get("snmp_version")).isEqualTo("3");
      assertThat(agent.answered.get()).isZero();
      assertThat(agent.datagrams.get()).isGreaterThan(1);
    }
  }
}
