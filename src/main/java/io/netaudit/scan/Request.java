package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import java.util.List;

/** One GET a probe wants sent: which objects, with which version and community. */
record Request(List<SystemOids> objects, SnmpVersion version, int communityIndex) {
  Request {
    objects = List.copyOf(objects);
  }
}
