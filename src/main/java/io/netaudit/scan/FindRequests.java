package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import org.snmp4j.PDU;

/**
 * The first round's system GETs, one shared object per kind (credential profile, version, timeout
 * factor, with or without the engine discovery): a sweep holds tens of thousands of probes at once,
 * and each made its own identical request per attempt (3 MB of a /16's in-flight state).
 */
final class FindRequests {
  private static final int[] FACTORS = {1, FirstRound.SLOW_AGENT_TIMEOUT_FACTOR};
  private static final SnmpVersion[] VERSIONS = SnmpVersion.values();

  private final Request[] requests;

  FindRequests(int profiles) {
    requests = new Request[profiles * VERSIONS.length * FACTORS.length * 2];
    for (int p = 0; p < profiles; p++) {
      for (SnmpVersion v : VERSIONS) {
        for (int f : FACTORS) {
          for (boolean engine : new boolean[] {false, true}) {
            requests[slot(p, v, f, engine)] =
                new Request(PDU.GET, DeviceProbe.SYSTEM, v, p, 0, f, engine);
          }
        }
      }
    }
  }

  /** The system GET of this kind (a new one only for a kind not made above). */
  Request get(int profileIndex, SnmpVersion version, int timeoutFactor, boolean engine) {
    int slot = slot(profileIndex, version, timeoutFactor, engine);
    if (slot < 0 || slot >= requests.length) {
      return new Request(
          PDU.GET, DeviceProbe.SYSTEM, version, profileIndex, 0, timeoutFactor, engine);
    }
    return requests[slot];
  }

  private static int slot(int profile, SnmpVersion version, int timeoutFactor, boolean engine) {
    int factor = timeoutFactor == FACTORS[0] ? 0 : timeoutFactor == FACTORS[1] ? 1 : -1;
    if (factor < 0 || profile < 0) {
      return -1;
    }
    return ((profile * VERSIONS.length + version.ordinal()) * FACTORS.length + factor) * 2
        + (engine ? 1 : 0);
  }
}
