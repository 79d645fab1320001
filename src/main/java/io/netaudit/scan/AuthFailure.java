package io.netaudit.scan;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Why an SNMPv3 agent refused a request: the USM statistics object its REPORT PDU carries (RFC 3414
 * section 5). The report's detail column shows {@link #text()} and the object's name.
 */
public enum AuthFailure {
  UNSUPPORTED_SECURITY_LEVEL(1, "unsupported security level", "usmStatsUnsupportedSecLevels"),
  NOT_IN_TIME_WINDOW(2, "not in time window", "usmStatsNotInTimeWindows"),
  UNKNOWN_USER(3, "unknown user", "usmStatsUnknownUserNames"),
  UNKNOWN_ENGINE_ID(4, "unknown engine ID", "usmStatsUnknownEngineIDs"),
  WRONG_DIGEST(5, "wrong digest", "usmStatsWrongDigests"),
  DECRYPTION_ERROR(6, "decryption error", "usmStatsDecryptionErrors"),
  OTHER_REPORT(0, "report", "");

  /** usmStats, 1.3.6.1.6.3.15.1.1: each reason is {@code .N.0} below it. */
  static final OID USM_STATS = new OID("1.3.6.1.6.3.15.1.1");

  private final int arc;
  private final String text;
  private final String object;

  AuthFailure(int arc, String text, String object) {
    this.arc = arc;
    this.text = text;
    this.object = object;
  }

  /** The phrase the report's detail starts with, e.g. "wrong digest". */
  public String text() {
    return text;
  }

  /** The MIB object name, e.g. usmStatsWrongDigests ("" for another report). */
  public String object() {
    return object;
  }

  /** "wrong digest (usmStatsWrongDigests)", or "report 1.3.6.1.x" for an unknown report object. */
  static String describe(PDU report) {
    OID oid = firstOid(report);
    AuthFailure f = of(oid);
    return f == OTHER_REPORT
        ? "report " + (oid == null ? "without objects" : oid.toDottedString())
        : f.text + " (" + f.object + ")";
  }

  /**
   * BER of 1.3.6.1.6.3.15.1.1 (usmStats) as it follows the tag and length 06 0A of a usmStats
   * scalar.
   */
  private static final byte[] USM_STATS_BER = {
    0x06, 0x0a, 0x2b, 0x06, 0x01, 0x06, 0x03, 0x0f, 0x01, 0x01
  };

  /**
   * The refusal an unauthenticated REPORT datagram carries, or null. Agents send
   * usmStatsWrongDigests, ...UnknownUserNames, ...DecryptionErrors and ...UnsupportedSecLevels
   * reports at noAuthNoPriv, so the scoped PDU is plain text; SNMP4J does not hand every such
   * report to the request's listener (a wrong digest, for one, ends as a timeout), so the datagram
   * itself is read. Unknown-engine-ID and not-in-time-window reports are part of discovery, which
   * SNMP4J answers by resending; one that persists reaches the listener as a REPORT.
   */
  static AuthFailure sniff(byte[] datagram) {
    outer:
    for (int i = 0; i + USM_STATS_BER.length + 2 <= datagram.length; i++) {
      for (int j = 0; j < USM_STATS_BER.length; j++) {
        if (datagram[i + j] != USM_STATS_BER[j]) {
          continue outer;
        }
      }
      int arc = datagram[i + USM_STATS_BER.length];
      if (datagram[i + USM_STATS_BER.length + 1] != 0) {
        return null;
      }
      for (AuthFailure f : values()) {
        if (f.arc == arc
            && f != OTHER_REPORT
            && f != UNKNOWN_ENGINE_ID
            && f != NOT_IN_TIME_WINDOW) {
          return f;
        }
      }
      return null;
    }
    return null;
  }

  /** "wrong digest (usmStatsWrongDigests)". */
  String description() {
    return this == OTHER_REPORT ? text : text + " (" + object + ")";
  }

  static AuthFailure of(PDU report) {
    return of(firstOid(report));
  }

  private static AuthFailure of(OID oid) {
    if (oid != null
        && oid.size() == USM_STATS.size() + 2
        && oid.startsWith(USM_STATS)
        && oid.get(oid.size() - 1) == 0) {
      int arc = oid.get(USM_STATS.size());
      for (AuthFailure f : values()) {
        if (f.arc == arc && f != OTHER_REPORT) {
          return f;
        }
      }
    }
    return OTHER_REPORT;
  }

  private static OID firstOid(PDU report) {
    if (report == null || report.size() == 0) {
      return null;
    }
    VariableBinding vb = report.get(0);
    return vb == null ? null : vb.getOid();
  }
}
