package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.UsmCredential;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a probe's result is completed with what arrived outside its requests. */
class ResultAssemblerTest {
  private static final InetAddress A = ip("127.0.61.1");
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
  private static final byte[] DISCOVERED = {(byte) 0x80, 0, 0x07, (byte) 0xdb, 3, 1, 2, 3, 4, 5, 6};
  private static final byte[] LEARNT = {(byte) 0x80, 0, 0x1f, (byte) 0x88, 4, 'v', '3'};
  private static final ReplyWatch.Seen NOTHING = new ReplyWatch.Seen(null, false, null);

  private static ProbeResult silent() {
    return ProbeResult.noResponse(A, AT, "no reply");
  }

  private static ProbeResult answered() {
    SystemInfo system =
        new SystemInfo(
            DeviceString.of("box"),
            "1.3.6.1.4.1.9.1.1",
            DeviceString.EMPTY,
            DeviceString.EMPTY,
            DeviceString.EMPTY,
            null,
            null);
    return new ProbeResult(
        A, ProbeStatus.ANSWERED, system, null, SnmpVersion.V2C, "default", AT, "note");
  }

  @Test
  void silenceStaysSilenceWhenNothingElseArrived() {
    ProbeResult r = silent();
    assertThat(ResultAssembler.complete(r, NOTHING, null, "")).isSameAs(r);
  }

  @Test
  void silentButTheDiscoveryAnsweredIsEngineIdOnly() {
    ProbeResult r =
        ResultAssembler.complete(silent(), new ReplyWatch.Seen(null, false, DISCOVERED), null, "");
    assertThat(r.status()).isEqualTo(ProbeStatus.ENGINE_ID_ONLY);
    assertThat(r.inventory().engineId()).isEqualTo(DISCOVERED);
    assertThat(r.detail()).isEqualTo("no community answered; SNMPv3 discovery answered");
    assertThat(r.polledAt()).isEqualTo(AT);
    assertThat(r.credential()).isEmpty();
  }

  @Test
  void silentToAnSnmpV3ProfileWhoseEngineAnsweredIsEngineIdOnlyNamingTheProfiles() {
    ProbeResult r = ResultAssembler.complete(silent(), NOTHING, LEARNT, "'core-v3', 'old'");
    assertThat(r.status()).isEqualTo(ProbeStatus.ENGINE_ID_ONLY);
    assertThat(r.inventory().engineId()).isEqualTo(LEARNT);
    assertThat(r.detail())
        .startsWith("SNMPv3 discovery answered but no request of profile 'core-v3', 'old' was");
  }

  @Test
  void silentButGarbledIsAnError() {
    ProbeResult r =
        ResultAssembler.complete(
            silent(), new ReplyWatch.Seen("not an SNMP message", true, null), null, "");
    assertThat(r.status()).isEqualTo(ProbeStatus.ERROR);
    assertThat(r.detail()).isEqualTo("not an SNMP message");
    assertThat(r.version()).isNull();
  }

  @Test
  void anEngineIdJoinsTheAnswerAndTheDiscoveryWinsOverTheSessions() {
    ProbeResult withLearnt = ResultAssembler.complete(answered(), NOTHING, LEARNT, "");
    assertThat(withLearnt.inventory().engineId()).isEqualTo(LEARNT);
    assertThat(withLearnt.detail()).isEqualTo("note");
    assertThat(withLearnt.system()).isEqualTo(answered().system());

    ProbeResult withBoth =
        ResultAssembler.complete(
            answered(), new ReplyWatch.Seen(null, false, DISCOVERED), LEARNT, "");
    assertThat(withBoth.inventory().engineId()).isEqualTo(DISCOVERED);
  }

  @Test
  void otherOutcomesPassUnchanged() {
    ProbeResult refused = ProbeResult.authFailed(A, AT, "core-v3", "wrong digest");
    assertThat(
            ResultAssembler.complete(
                refused, new ReplyWatch.Seen("garbage", true, DISCOVERED), LEARNT, ""))
        .isSameAs(refused);
  }

  @Test
  void theDetailNamesOnlyTheSnmpV3Profiles() {
    UsmCredential v3 = new UsmCredential("core-v3", "auditor", null, null, null, null);
    assertThat(ResultAssembler.v3Labels(List.of(Probes.PUBLIC, v3, Probes.PUBLIC)))
        .isEqualTo("'core-v3'");
  }
}
