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
 */
record Request(
    int pduType,
    List<OID> oids,
    SnmpVersion version,
    int profileIndex,
    int maxRepetitions,
    int timeoutFactor,
    boolean withEngineProbe) {

  Request {
    oids = List.copyOf(oids);
  }

  static Request get(List<OID> oids, Conversation c) {
    return new Request(PDU.GET, oids, c.version(), c.profileIndex(), 0, c.timeoutFactor(), false);
  }

  Request again() {
    return new Request(pduType, oids, version, profileIndex, maxRepetitions, timeoutFactor, false);
  }
}
