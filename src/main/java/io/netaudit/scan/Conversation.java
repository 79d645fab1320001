package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;

/**
 * The version and credential profile a device answered, how many retries each request gets, and the
 * timeout multiplier (above 1 for an agent that only answered with a longer timeout).
 */
record Conversation(SnmpVersion version, int profileIndex, int retries, int timeoutFactor) {
  Conversation withVersion(SnmpVersion v) {
    return new Conversation(v, profileIndex, retries, timeoutFactor);
  }
}
