package io.netaudit.scan;

import java.util.List;
import org.snmp4j.smi.OID;

/** The MIB-II system group objects netaudit reads, in the order of the first GET. */
enum SystemOids {
  DESCR("1.3.6.1.2.1.1.1.0"),
  OBJECT_ID("1.3.6.1.2.1.1.2.0"),
  UPTIME("1.3.6.1.2.1.1.3.0"),
  CONTACT("1.3.6.1.2.1.1.4.0"),
  NAME("1.3.6.1.2.1.1.5.0"),
  LOCATION("1.3.6.1.2.1.1.6.0"),
  SERVICES("1.3.6.1.2.1.1.7.0");

  static final List<SystemOids> ALL = List.of(values());

  private final OID oid;

  SystemOids(String dotted) {
    this.oid = new OID(dotted);
  }

  OID oid() {
    return oid;
  }

  static SystemOids of(OID oid) {
    for (SystemOids s : ALL) {
      if (s.oid.equals(oid)) {
        return s;
      }
    }
    return null;
  }
}
