package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.Reads;
import io.netaudit.testing.Ber;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.PDU;

/**
 * Requests that go through SNMP4J's own send (table walks, the slow agent's longer last chance)
 * attribute a reply only when it comes from the address asked: SNMP4J checks request id, version
 * and community; the engine checks the source, per session, with no JVM-wide setting. Over real UDP
 * on 127.0.63.0/24.
 */
@Timeout(30)
class SnmpPathSourceCheckTest {
  private static final InetAddress SPOOFER = ip("127.0.63.100");
  private static final Map<String, byte[]> SYSTEM =
      RawResponder.system("Healthy agent", "1.3.6.1.4.1.9.1.1", "ok");

  /** The system GET answered by the agent; each walk answered with one row per column. */
  private static Behavior walkAnsweredFrom(InetAddress replier) {
    return r -> {
      if (r.pdu().getType() == PDU.GET) {
        return List.of(Reply.of(RawResponder.answer(r, SYSTEM)));
      }
      byte[][] vbs = new byte[r.oids().size()][];
      for (int i = 0; i < vbs.length; i++) {
        String asked = r.oids().get(i);
        // A column's first row, then the end of the view.
        vbs[i] =
            asked.endsWith(".1.1")
                ? Ber.varbind(asked, Ber.exception(Ber.END_OF_MIB_VIEW))
                : Ber.varbind(asked + ".1.1", Ber.octets("row of " + asked));
      }
      byte[] reply =
          Ber.message(
              r.version(),
              r.community(),
              Ber.pdu(Ber.GET_RESPONSE, Ber.integer(r.requestId()), 0, 0, vbs));
      return List.of(Reply.of(reply).from(replier));
    };
  }

  /**
   * The first attempts answered late by the agent (1.5 timeouts after each: well after its own
   * timeout, well before the next attempt's), so it is heard; the last chance with the longer
   * timeout answered at once by {@code replier}.
   */
  private static Behavior lastChanceAnsweredFrom(InetAddress replier, int findAttempts) {
    return r -> {
      Reply reply = Reply.of(RawResponder.answer(r, SYSTEM));
      return List.of(r.seen() <= findAttempts ? reply.after(450) : reply.from(replier));
    };
  }

  @Test
  void aReplyToAnSnmp4jRequestFromAnotherAddressIsNeverAttributed() throws Exception {
    InetAddress walkSpoofed = ip("127.0.63.1");
    InetAddress walkControl = ip("127.0.63.2");
    InetAddress slowSpoofed = ip("127.0.63.3");
    InetAddress slowControl = ip("127.0.63.4");
    int retries = 1;
    int findAttempts = retries + 1;
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    behaviors.put(walkSpoofed, walkAnsweredFrom(SPOOFER));
    behaviors.put(walkControl, walkAnsweredFrom(walkControl));
    behaviors.put(slowSpoofed, lastChanceAnsweredFrom(SPOOFER, findAttempts));
    behaviors.put(slowControl, lastChanceAnsweredFrom(slowControl, findAttempts));
    try (RawResponder net = RawResponder.start(behaviors, List.of(SPOOFER), 0)) {
      SweepSettings settings =
          SweepSettings.builder(
                  List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))))
              .set(SweepSettings.PORT, net.port())
              .set(SweepSettings.TIMEOUT, Duration.ofMillis(300))
              .set(SweepSettings.RETRIES, retries)
              .set(SweepSettings.WINDOW, 16)
              .plan(InventoryPlan.full(Reads.columns(EntityMib.DESCR), Set.of()))
              .engineIdProbe(false)
              .build();
      SweepHarness.Outcome out =
          SweepHarness.sweep(settings, List.of(walkSpoofed, walkControl, slowSpoofed, slowControl));

      ProbeResult control = out.get(walkControl);
      assertThat(control.status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(control.inventory().rows(EntityMib.ENT_PHYSICAL_TABLE))
          .as("the walk reads rows")
          .isNotEmpty();
      ProbeResult spoofedWalk = out.get(walkSpoofed);
      assertThat(spoofedWalk.status()).isEqualTo(ProbeStatus.ANSWERED);
      assertThat(spoofedWalk.inventory().rows(EntityMib.ENT_PHYSICAL_TABLE))
          .as("no row from the other address")
          .isEmpty();

      assertThat(out.get(slowControl).status())
          .as(out.get(slowControl).detail())
          .isEqualTo(ProbeStatus.ANSWERED);
      ProbeResult spoofedSlow = out.get(slowSpoofed);
      assertThat(spoofedSlow.status()).as(spoofedSlow.detail()).isEqualTo(ProbeStatus.NO_RESPONSE);
      assertThat(spoofedSlow.detail()).contains("no matching reply, even with 4x the timeout");
      assertThat(out.results()).doesNotContainKey(SPOOFER);
    }
  }
}
