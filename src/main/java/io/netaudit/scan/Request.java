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
 * @param vlanContext a VLAN whose own MIB instance to ask (Cisco IOS: community {@code
 *     <community>@<vlan>}, SNMPv3 context {@code vlan-<vlan>}), or {@link #NO_VLAN}
 */
record Request(
    int pduType,
    List<OID> oids,
    SnmpVersion version,
    int profileIndex,
    int maxRepetitions,
    int timeoutFactor,
    boolean withEngineProbe,
    int vlanContext) {

  /** The device's default context. */
  static final int NO_VLAN = -1;

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
        NO_VLAN);
  }

  static Request get(List<OID> oids, Conversation c) {
    return new Request(PDU.GET, oids, c.version(), c.profileIndex(), 0, c.timeoutFactor(), false);
  }

  Request again() {
    return new Request(
        pduType, oids, version, profileIndex, maxRepetitions, timeoutFactor, false, vlanContext);
  }

  /** The community to send: the profile's, with {@code @<vlan>} appended for a VLAN context. */
  byte[] community(byte[] secret) {
    if (vlanContext == NO_VLAN) {
      return secret;
    }
    byte[] suffix = ("@" + vlanContext).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(secret, secret.length + suffix.length);
    System.arraycopy(suffix, 0, out, secret.length, suffix.length);
    return out;
  }

  /** The SNMPv3 context name: {@code vlan-<vlan>} for a VLAN context, else the default (""). */
  String contextName() {
    return vlanContext == NO_VLAN ? "" : "vlan-" + vlanContext;
  }
}
