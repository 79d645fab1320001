package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;

/** The version and community a device answered, and how many retries each request gets. */
record Conversation(SnmpVersion version, int communityIndex, int retries) {
  Conversation withVersion(SnmpVersion v) {
    return new Conversation(v, communityIndex, retries);
  }
}
