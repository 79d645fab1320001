package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;

/**
 * One request a probe wants sent.
 *
 * @param pduType PDU.GET, PDU.GETNEXT or PDU.GETBULK (v2c only)
 * @param timeoutFactor multiplies the configured timeout (a device heard answering late gets a
 *     longer last chance)
 * @param profileIndex which credential profile of the sweep (community or SNMPv3 user) the request
 *     uses
 * @param withEngineProbe also send the credential-less SNMPv3 discovery to the same address
 * @param lingers the planned last attempt at a silent address: on the fast path its reply is still
 *     taken for one more timeout after it timed out, before the probe hears of the timeout
 */
record Request(
    int pduType,
    List<OID> oids,
    SnmpVersion version,
    int profileIndex,
    int maxRepetitions,
    int timeoutFactor,
    boolean withEngineProbe,
    boolean lingers) {

  Request {
    oids = List.copyOf(oids);
  }

  Request(
      int pduType,
      List<OID> oids,
      SnmpVersion version,
      int profileIndex,
      int maxRepetitions,
      int timeoutFactor,
      boolean withEngineProbe) {
    this(
        pduType,
        oids,
        version,
        profileIndex,
        maxRepetitions,
        timeoutFactor,
        withEngineProbe,
        false);
  }

  static Request get(List<OID> oids, Conversation c) {
    return new Request(PDU.GET, oids, c.version(), c.profileIndex(), 0, c.timeoutFactor(), false);
  }

  /** The same request, again: no discovery rides along and it does not linger. */
  Request again() {
    return new Request(pduType, oids, version, profileIndex, maxRepetitions, timeoutFactor, false);
  }

  Request lingering(boolean on) {
    return on == lingers
        ? this
        : new Request(
            pduType,
            oids,
            version,
            profileIndex,
            maxRepetitions,
            timeoutFactor,
            withEngineProbe,
            on);
  }
}
