package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.UsmCredential;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.smi.UdpAddress;

/**
 * Completes a probe's result with what arrived from its address outside the probe's own requests
 * ({@link ReplyWatch}) and what the SNMPv3 sessions learnt ({@link UsmSessions}):
 *
 * <ul>
 *   <li>silent to every community, but the credential-less discovery answered: ENGINE_ID_ONLY with
 *       that engine ID;
 *   <li>silent to an SNMPv3 profile's requests although its engine discovery answered: also
 *       ENGINE_ID_ONLY (agents drop what they cannot decrypt, so that is not silence);
 *   <li>silent, but the address sent undecodable bytes: ERROR, with what was wrong with them;
 *   <li>answered: the engine ID joins the inventory.
 * </ul>
 *
 * Reading the watch forgets the address there, so call it once per target.
 */
final class ResultAssembler {
  private final ReplyWatch watch;
  private final UsmSessions usm;
  private final int port;
  private final String v3Labels;

  ResultAssembler(
      ReplyWatch watch, UsmSessions usm, int port, List<? extends Credential> credentials) {
    this.watch = watch;
    this.usm = usm;
    this.port = port;
    this.v3Labels = v3Labels(credentials);
  }

  /** The final result of a probe that ended with {@code result}. */
  ProbeResult complete(ProbeResult result) {
    ReplyWatch.Seen seen = watch.forget(result.address());
    byte[] v3EngineId = usm.isEmpty() ? null : usm.engineId(new UdpAddress(result.address(), port));
    return complete(result, seen, v3EngineId, v3Labels);
  }

  /**
   * The rules above, on their inputs: {@code v3EngineId} is the engine ID an SNMPv3 profile's
   * session learnt for the address (or null), {@code v3Labels} names those profiles.
   */
  static ProbeResult complete(
      ProbeResult result, ReplyWatch.Seen seen, byte[] v3EngineId, String v3Labels) {
    if (result.status() == ProbeStatus.NO_RESPONSE
        && seen.engineId() == null
        && v3EngineId != null) {
      return engineIdOnly(
          result,
          v3EngineId,
          "SNMPv3 discovery answered but no request of profile "
              + v3Labels
              + " was (a wrong priv-pass or priv protocol looks like this); no community answered");
    }
    if (result.status() == ProbeStatus.NO_RESPONSE && seen.engineId() != null) {
      return engineIdOnly(
          result, seen.engineId(), "no community answered; SNMPv3 discovery answered");
    }
    if (result.status() == ProbeStatus.NO_RESPONSE && seen.problem() != null) {
      return ProbeResult.error(result.address(), result.polledAt(), null, "", seen.problem());
    }
    // The credential-less discovery's engine ID, else the one an SNMPv3 profile learnt.
    byte[] engineId = seen.engineId() != null ? seen.engineId() : v3EngineId;
    if (result.status() == ProbeStatus.ANSWERED && engineId != null) {
      return new ProbeResult(
          result.address(),
          result.status(),
          result.system(),
          result.inventory().withEngineId(engineId),
          result.version(),
          result.credential(),
          result.polledAt(),
          result.detail());
    }
    return result;
  }

  private static ProbeResult engineIdOnly(ProbeResult silent, byte[] engineId, String detail) {
    return new ProbeResult(
        silent.address(),
        ProbeStatus.ENGINE_ID_ONLY,
        null,
        Inventory.EMPTY.withEngineId(engineId),
        null,
        "",
        silent.polledAt(),
        detail);
  }

  /** "'core-v3', 'legacy-v3'": the SNMPv3 profiles, for the detail line. */
  static String v3Labels(List<? extends Credential> credentials) {
    List<String> labels = new ArrayList<>();
    for (Credential c : credentials) {
      if (c instanceof UsmCredential) {
        labels.add("'" + c.label() + "'");
      }
    }
    return String.join(", ", labels);
  }
}
