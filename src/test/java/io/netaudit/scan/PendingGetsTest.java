package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;

/** The fast path's reply matching and deadline queue, on a ticker the test moves, no network. */
class PendingGetsTest {
  private static final byte[] PUBLIC = "public".getBytes(StandardCharsets.US_ASCII);
  private static final InetAddress AGENT = ip("127.0.60.1");
  private static final int V2C = 1;
  private static final long TIMEOUT = 100;

  private final AtomicLong now = new AtomicLong(5_000);
  private final PendingGets pending = new PendingGets(now::get, TIMEOUT, 16);

  private static PDU reply(int requestId, int type) {
    PDU pdu = new PDU();
    pdu.setType(type);
    pdu.setRequestID(new Integer32(requestId));
    return pdu;
  }

  @Test
  void aReplyWithTheRightIdSourceVersionAndCommunityIsClaimedOnce() {
    InFlight f = Probes.first(AGENT);
    pending.add(100, f, PUBLIC);

    assertThat(pending.match(AGENT, V2C, PUBLIC.clone(), reply(100, PDU.RESPONSE))).isSameAs(f);
    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(100, PDU.RESPONSE)))
        .as("a duplicate finds nothing")
        .isNull();
    List<InFlight> expired = new ArrayList<>();
    now.addAndGet(TIMEOUT);
    pending.expire(expired::add);
    assertThat(expired).as("an answered GET does not time out as well").isEmpty();
  }

  @Test
  void everyFieldOfTheRuleMustAgree() {
    InFlight f = Probes.first(AGENT);
    pending.add(100, f, PUBLIC);

    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(101, PDU.RESPONSE))).as("id").isNull();
    assertThat(pending.match(ip("127.0.60.2"), V2C, PUBLIC, reply(100, PDU.RESPONSE)))
        .as("source address")
        .isNull();
    assertThat(pending.match(AGENT, 0, PUBLIC, reply(100, PDU.RESPONSE))).as("version").isNull();
    assertThat(pending.match(AGENT, V2C, "publiC".getBytes(), reply(100, PDU.RESPONSE)))
        .as("community")
        .isNull();
    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(100, PDU.GET))).as("PDU type").isNull();
    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(100, PDU.RESPONSE)))
        .as("the mismatches did not use it up")
        .isSameAs(f);
  }

  @Test
  void deadlinesAreOneTimeoutAfterEachSendAndExpireInSendOrder() {
    InFlight a = Probes.first(ip("127.0.60.1"));
    InFlight b = Probes.first(ip("127.0.60.2"));
    InFlight c = Probes.first(ip("127.0.60.3"));
    pending.add(1, a, PUBLIC); // due at 5100
    now.addAndGet(100);
    pending.add(2, b, PUBLIC); // due at 5200
    now.addAndGet(100);
    pending.add(3, c, PUBLIC); // due at 5300
    assertThat(pending.match(ip("127.0.60.2"), V2C, PUBLIC, reply(2, PDU.RESPONSE))).isSameAs(b);

    now.set(5_099);
    List<InFlight> expired = new ArrayList<>();
    pending.expire(expired::add);
    assertThat(expired).isEmpty();
    assertThat(pending.nanosToNextDeadline(1_000)).isEqualTo(1);
    now.set(5_250);
    pending.expire(expired::add);
    assertThat(expired).containsExactly(a);
    assertThat(pending.nanosToNextDeadline(1_000)).isEqualTo(50);
    assertThat(pending.nanosToNextDeadline(10)).as("capped").isEqualTo(10);
    now.set(5_300);
    pending.expire(expired::add);
    assertThat(expired).containsExactly(a, c);
    assertThat(pending.nanosToNextDeadline(1_000)).as("none left").isEqualTo(1_000);
    assertThat(pending.match(ip("127.0.60.3"), V2C, PUBLIC, reply(3, PDU.RESPONSE)))
        .as("a reply after its timeout is late")
        .isNull();
  }

  @Test
  void aWithdrawnGetIsNeitherMatchedNorExpired() {
    InFlight f = Probes.first(AGENT);
    PendingGets.Pending p = pending.add(7, f, PUBLIC);
    assertThat(pending.cancel(p)).isTrue();
    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(7, PDU.RESPONSE))).isNull();
    List<InFlight> expired = new ArrayList<>();
    now.addAndGet(TIMEOUT);
    pending.expire(expired::add);
    assertThat(expired).isEmpty();

    PendingGets.Pending q = pending.add(8, f, PUBLIC);
    assertThat(pending.match(AGENT, V2C, PUBLIC, reply(8, PDU.RESPONSE))).isSameAs(f);
    assertThat(pending.cancel(q)).as("a reply claimed it first").isFalse();
  }
}
